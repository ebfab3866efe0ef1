import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { knownKeys, manifestSchema, type RawManifest } from './schema.js';
import { validateManifest, type PathProblem } from './validate.js';
import { symlinkEscapes } from './real-paths.js';
import { ManifestError, type Manifest, type ManifestProblem } from './types.js';

export interface LoadOptions {
  /** Names of the programs this action ships. */
  builtins: readonly string[];
}

/** Reads, parses and validates a manifest file; throws ManifestError with every problem. */
export async function loadManifest(file: string, opts: LoadOptions): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'file not found; pass --manifest (CLI) or the manifest input (action) with its path' : (err as Error).message;
    throw new ManifestError([{ file, line: 0, column: 0, key: '', message: why }]);
  }
  return parseManifest(text, file, opts);
}

/** Parses manifest text; `file` names it in messages and its folder is the root for relative paths. */
export function parseManifest(text: string, file: string, opts: LoadOptions): Manifest {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lines.linePos(offset);

  if (doc.errors.length > 0) {
    throw new ManifestError(
      doc.errors.map((e) => {
        const { line, col } = at(e.pos[0]);
        return { file, line, column: col, key: '', message: `YAML syntax error: ${e.message.split('\n')[0]}` };
      }),
    );
  }
  const locate = (p: PathProblem, atKey = false): ManifestProblem => {
    const { offset, key } = findOffset(doc, p.path, atKey);
    const { line, col } = at(offset);
    return { file, line, column: col, key: key || formatPath(p.path), message: p.message };
  };

  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch (err) {
    // yaml refuses aliases that expand past its limit (an alias bomb) rather than eating the memory.
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, col } = at(offset);
    const message = `YAML aliases expand too far (${(err as Error).message}); write the values out instead of nesting anchors`;
    throw new ManifestError([{ file, line, column: col, key: '', message }]);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems: ManifestProblem[] = [];
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) problems.push(locate({ path: [...path, k], message: unknownKeyMessage(k, path) }, true));
      } else {
        problems.push(locate({ path, message: schemaMessage(issue.message, issue.code, path, doc) }));
      }
    }
    // Cross-reference checks still run on what could be read, so every problem shows at once.
    const seen = new Set(problems.map((p) => p.key));
    const more = validateManifest(lenient(raw), { file, root: dirname(file), builtins: opts.builtins }).problems.map((p) => locate(p));
    throw new ManifestError(sortProblems([...problems, ...more.filter((p) => !seen.has(p.key))]));
  }
  const { manifest, problems } = validateManifest(parsed.data, { file, root: dirname(file), builtins: opts.builtins });
  if (!manifest) throw new ManifestError(sortProblems(problems.map((p) => locate(p))));
  const escapes = symlinkEscapes(manifest);
  if (escapes.length > 0) throw new ManifestError(sortProblems(escapes.map((p) => locate(p))));
  return manifest;
}

function unknownKeyMessage(key: string, parent: (string | number)[]): string {
  const known = knownKeys(parent);
  const lower = key.toLowerCase();
  const hint = known.find((k) => k.toLowerCase() === lower || k.toLowerCase().startsWith(lower.slice(0, 4)));
  return `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} (allowed here: ${known.join(', ')})`;
}

function schemaMessage(message: string, code: string, path: (string | number)[], doc: Document): string {
  if (code === 'invalid_type' && doc.getIn(path) === undefined) return `required key is missing`;
  return message.replace(/^Invalid input: /, '');
}

function formatPath(path: (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/**
 * Offset of the node at `path`; for a key that does not exist, the nearest existing parent. Keys
 * point at the key itself so "unknown key" lands on the right line.
 */
function findOffset(doc: Document, path: (string | number)[], atKey: boolean): { offset: number; key: string } {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      return { offset, key: formatPath(path) };
    }
  }
  if (!atKey && node?.range) offset = node.range[0];
  return { offset, key: formatPath(path) };
}

function sortProblems(problems: ManifestProblem[]): ManifestProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A best-effort typed view of a manifest that failed the schema, for the cross-reference checks. */
function lenient(raw: unknown): RawManifest {
  const obj = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);
  const r = obj(raw);
  const m = obj(r.management);
  return {
    org: str(r.org),
    management: { accountId: str(m.accountId), oidcRole: str(m.oidcRole) },
    executorRole: str(r.executorRole),
    triggers: strs(r.triggers),
    accounts: (Array.isArray(r.accounts) ? r.accounts : []).map((a) => {
      const o = obj(a);
      return { name: str(o.name), id: str(o.id), regions: strs(o.regions) };
    }),
    projects: (Array.isArray(r.projects) ? r.projects : []).map((p) => {
      const o = obj(p);
      return {
        name: str(o.name),
        program: str(o.program) || 'builtin:?',
        paths: strs(o.paths),
        accounts: Array.isArray(o.accounts) ? strs(o.accounts) : undefined,
        dependsOn: strs(o.dependsOn),
        config: typeof o.config === 'string' ? o.config : undefined,
      };
    }),
  };
}
