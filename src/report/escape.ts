/**
 * The one place untrusted text (changed paths, names from the manifest and the engine, engine and
 * CLI output, error messages from the deployed commit) is made safe for where it is shown:
 * - `showControls` makes control characters and bidi overrides visible (`\n`, `\x1b`, `\u202e`)
 *   instead of letting them reach a terminal, the runner's log or a reader's screen as effects;
 * - `escapeInline` / `escapePre` turn it into Markdown/HTML that renders as exactly that text: no
 *   element, link, image, autolink, mention or emoji can come out of it;
 * - `escapeMermaid` does the same inside a mermaid label;
 * - `fenceCommands` wraps a block for the runner's log so no line of it is a workflow command.
 */

// Colour and style (SGR) sequences and OSC 8 hyperlinks (their text stays): formatting the Pulumi
// CLI emits, removed from engine output.
const SGR = /\u001b\[[0-9;:]*m|\u009b[0-9;:]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// C0 and C1 controls, DEL, the bidi embeddings/overrides/isolates and marks (Trojan Source), and the
// Unicode line and paragraph separators. Tab and newline are matched too; callers decide on them.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** True when `text` holds a character `showControls` would rewrite (other than tab/newline when `multiline`). */
export function hasControls(text: string, multiline = false): boolean {
  for (const m of text.matchAll(CONTROLS)) if (!(multiline && (m[0] === '\n' || m[0] === '\t'))) return true;
  return false;
}

/**
 * Control characters and bidi overrides as visible escapes. Names and paths (`multiline` false)
 * keep nothing: a newline in a file name becomes `\n`. Messages (`multiline` true) keep newlines and
 * tabs, turn `\r\n` into `\n`, and lose their colour codes; every other control is shown.
 */
export function showControls(text: string, multiline = false): string {
  const base = multiline ? text.replace(/\r\n/g, '\n').replace(SGR, '') : text;
  return base.replace(CONTROLS, (c) => (multiline && (c === '\n' || c === '\t') ? c : visible(c)));
}

/** Engine output without its colour codes, every other control shown (for logs and step outputs). */
export function stripAnsi(text: string): string {
  return showControls(text, true);
}

/**
 * Every character Markdown (GFM), GitHub's extensions or HTML could read as syntax, as an entity:
 * the browser shows the same character. `:`, `.` and `//` break autolinks (`https://…`, `www.…`,
 * `evil.com` for linkifiers that guess domains), `@`
 * mentions and email links, `#` issue references, `:` emoji, `$` math, `( ) [ ] !` links and images.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '!': '&#33;',
  '\\': '&#92;',
  '~': '&#126;',
  '@': '&#64;',
  '#': '&#35;',
  $: '&#36;',
  ':': '&#58;',
  '.': '&#46;',
};
const MARKUP = /[&<>"'|`*_[\]()!\\~@#$:.]/g;

function entities(text: string): string {
  // `//` starts a protocol-relative link for linkifiers (markdown-it's linkify-it).
  return text.replace(MARKUP, (c) => ENTITIES[c]).replace(/\/\//g, '&#47;&#47;');
}

/**
 * Escapes text for a single line of Markdown or HTML (a table cell, a summary, a list item):
 * controls and newlines shown as escapes, every markup character an entity, cut at `maxLength`.
 */
export function escapeInline(text: string, maxLength = 300): string {
  const flat = showControls(text.trim());
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
  return entities(cut);
}

/**
 * Escapes multi-line text for a `<pre>` block. Everything is entity-escaped, so nothing inside can
 * close the block or the surrounding `<details>`, and a renderer that does not treat `<pre>` as
 * HTML still shows text, not links.
 */
export function escapePre(text: string, maxLength = 4000): string {
  const clean = showControls(text, true)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const cut =
    clean.length > maxLength ? `${clean.slice(0, maxLength)}\n… (${clean.length - maxLength} more characters in the job log)` : clean;
  return entities(cut);
}

/** Escapes a label for a mermaid node (inside double quotes). */
export function escapeMermaid(text: string): string {
  return showControls(text).replace(/["<>&#;`|[\]{}()]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** True when a log line of `text` could be read as a workflow command (`::name::`), or it spans lines. */
export function needsFence(text: string): boolean {
  return text.includes('::') || /[\r\n\u2028\u2029]/.test(text.replace(/\n+$/, ''));
}

/**
 * A block of untrusted text for the runner's log: controls shown, and the whole block between
 * `::stop-commands::<token>` and `::<token>::`, so a line such as `::add-mask::x` or `::error::`
 * inside it is printed, never run. `token` must be unguessable (a fresh random value per block).
 */
export function fenceCommands(text: string, token: string): string {
  return `::stop-commands::${token}\n${showControls(text, true).replace(/\n+$/, '')}\n::${token}::`;
}
