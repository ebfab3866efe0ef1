import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { globalConfigFile, stackConfigFile } from '../manifest/naming.js';
import type { Manifest, Project } from '../manifest/types.js';
import type { PreflightProblem } from './preflight.js';
import { encryptionSetting, fileSecretsProvider } from './secrets-provider.js';
import { isDiyBackend } from './stack-config.js';

/** One `secure:` value of a stack settings file: its config key (a path for nested ones) and line. */
export interface SecureEntry {
  key: string;
  /** True when the value sits inside a structured key (set with `--path`). */
  nested: boolean;
  line: number;
}

/** What a settings file says about its secrets: every `secure:` value and the top-level settings. */
export interface SecureScan {
  entries: SecureEntry[];
  settings: Record<string, unknown>;
}

/** Scans a `Pulumi.*.yaml` text; undefined when it does not parse (the preflight reports that itself). */
export function scanSecureValues(text: string): SecureScan | undefined {
  const lines = new LineCounter();
  return scanSecureDocument(parseDocument(text, { lineCounter: lines }), lines);
}

/** The same scan of a document already parsed with `lines` as its line counter. */
export function scanSecureDocument(doc: Document, lines: LineCounter): SecureScan | undefined {
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return undefined;
  const settings: Record<string, unknown> = {};
  const entries: SecureEntry[] = [];
  const lineOf = (node: Node | null | undefined, fallback: number) => (node?.range ? lines.linePos(node.range[0]).line : fallback);
  const walk = (node: unknown, key: string, nested: boolean, line: number): void => {
    if (isMap(node)) {
      const only = node.items.length === 1 ? node.items[0] : undefined;
      if (only && isScalar(only.key) && only.key.value === 'secure' && isScalar(only.value)) {
        entries.push({ key, nested, line });
        return;
      }
      for (const p of node.items) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        walk(p.value, `${key}.${String(p.key.value)}`, true, lineOf(p.key as Node, line));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, `${key}[${i}]`, true, lineOf(item as Node, line)));
    }
  };
  for (const p of isMap(doc.contents) ? doc.contents.items : []) {
    if (!isPair(p) || !isScalar(p.key)) continue;
    const name = String(p.key.value);
    if (name !== 'config') {
      settings[name] = isScalar(p.value) ? p.value.value : p.value;
      continue;
    }
    if (!isMap(p.value)) continue;
    for (const c of p.value.items) {
      if (isPair(c) && isScalar(c.key)) walk(c.value, String(c.key.value), false, lineOf(c.key as Node, 1));
    }
  }
  return { entries, settings };
}

/** Scans the settings file at `rel` under `root`; undefined when it is absent or does not parse. */
function scanSecureFile(root: string, rel: string): SecureScan | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, rel), 'utf8');
  } catch {
    return undefined;
  }
  return scanSecureValues(text);
}

/** The command that puts a secret where every stack of the account can decrypt it. */
function setSecretCommand(account: string, project: string, key: SecureEntry, region?: string): string {
  const only = region ? ` --region ${region}` : '';
  return `infra-action config set --account ${account} --project ${project}${only} --secret${key.nested ? ' --path' : ''} ${key.key} < value-file`;
}

/**
 * `secure:` values one stack cannot decrypt. Each stack encrypts with its own key (a passphrase
 * salt or a KMS-encrypted data key in its own file, or Pulumi Cloud's per-stack key), so a `secure:`
 * value in the account's global file never decrypts, and one in a stack file without that file's
 * encryption material was copied in from elsewhere. Each problem names file:line and key, and the
 * fix: `infra-action config set`, which encrypts the value for every stack of the account.
 */
export function undecryptableSecrets(
  manifest: Manifest,
  project: Project,
  stack: { stack: string; account: string; region: string },
  backend: string,
  scan: (root: string, rel: string) => SecureScan | undefined = scanSecureFile,
): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const globalFile = join(project.config, globalConfigFile(stack.account));
  const stackFile = join(project.config, stackConfigFile(stack.account, stack.region));
  const esc = isDiyBackend(backend) ? '' : `, or keep it in the ESC environment ${manifest.org}/${project.name}/${stack.account}-global`;
  for (const e of scan(manifest.root, globalFile)?.entries ?? []) {
    problems.push({
      stack: stack.stack,
      file: `${globalFile}:${e.line}`,
      key: e.key,
      secret: true,
      message:
        `is a secure: value in the account's global file, which no stack can decrypt (each stack encrypts with its own key). ` +
        `Set it for every stack of ${stack.account} with: ${setSecretCommand(stack.account, project.name, e)} (it takes the entry out of this file)${esc}.`,
    });
  }
  const own = scan(manifest.root, stackFile);
  if (!own || own.entries.length === 0) return problems;
  const provider = fileSecretsProvider(own.settings, backend);
  const setting = encryptionSetting(provider);
  if (setting === undefined || typeof own.settings[setting] === 'string') return problems;
  for (const e of own.entries) {
    problems.push({
      stack: stack.stack,
      file: `${stackFile}:${e.line}`,
      key: e.key,
      secret: true,
      message:
        `is a secure: value, but the file has no ${setting} for the ${provider.split('?')[0]} secrets provider Pulumi would use for it, so the stack cannot decrypt it (copied from another stack's file?). ` +
        `Set it again with: ${setSecretCommand(stack.account, project.name, e, stack.region)}.`,
    });
  }
  return problems;
}
