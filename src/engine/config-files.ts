import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { scanSecureDocument, type SecureScan } from './secure-values.js';
import { absentStackFile, stackFileOf, type StackFile } from './stack-config.js';

/**
 * The stack settings files of one preflight pass, each read and parsed once. Without it a plan of
 * thousands of stacks reads an account's global file once per stack and check (config, secrets
 * scan, ESC imports, image promotion) and looks up the same Pulumi.yaml once per stack. A pass is
 * short and reads a checkout that does not change under it; a new pass starts with a new instance.
 */
export class ConfigFiles {
  private readonly documents = new Map<string, { doc: Document; lines: LineCounter } | undefined>();
  private readonly parsed = new Map<string, StackFile>();
  private readonly programs = new Map<string, boolean>();

  /** `Pulumi.*.yaml` at `rel` under `root` (see readStackFile). */
  readonly stackFile = (root: string, rel: string): StackFile => {
    const key = join(root, rel);
    let file = this.parsed.get(key);
    if (!file) {
      const d = this.document(key);
      this.parsed.set(key, (file = d ? stackFileOf(rel, d.doc) : absentStackFile(rel)));
    }
    return file;
  };

  /** Its `secure:` values with their lines (see scanSecureValues); undefined when absent or unparsable. */
  readonly secureScan = (root: string, rel: string): SecureScan | undefined => {
    const d = this.document(join(root, rel));
    return d && scanSecureDocument(d.doc, d.lines);
  };

  /** Whether a program folder has its Pulumi.yaml. */
  hasPulumiYaml(dir: string): boolean {
    let found = this.programs.get(dir);
    if (found === undefined) this.programs.set(dir, (found = existsSync(join(dir, 'Pulumi.yaml'))));
    return found;
  }

  private document(abs: string): { doc: Document; lines: LineCounter } | undefined {
    if (!this.documents.has(abs)) {
      let text: string | undefined;
      try {
        text = readFileSync(abs, 'utf8');
      } catch {
        // Absent (or unreadable): the stack file is absent, its scan finds nothing.
      }
      const lines = new LineCounter();
      this.documents.set(abs, text === undefined ? undefined : { doc: parseDocument(text, { lineCounter: lines }), lines });
    }
    return this.documents.get(abs);
  }
}
