/**
 * Text from users and the engine reaches a PR comment only through these functions: colour codes
 * and control characters go, and everything Markdown or HTML could read as markup becomes an
 * entity, so a resource named `</details>` or `<script>` is shown, never obeyed.
 */

// CSI (colours, cursor moves) and OSC (hyperlinks, titles) sequences, then lone ESC/C1 bytes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
// Control characters other than tab and newline; carriage returns become newlines first.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes ANSI escape sequences and control characters (keeps tabs and newlines). */
export function stripAnsi(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ANSI, '').replace(CONTROL, '');
}

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
  '\\': '&#92;',
  '~': '&#126;',
  '@': '&#64;',
  '#': '&#35;',
  $: '&#36;',
};
const SPECIAL = /[&<>"'|`*_[\]\\~@#$]/g;
// The engine's stand-in for a secret value; kept verbatim so readers recognise it.
const SECRET = '[secret]';

/**
 * Escapes text for a single line of Markdown or HTML (a table cell, a summary, a list item):
 * every markup character becomes an entity, newlines become spaces, `[secret]` stays as it is.
 */
export function escapeInline(text: string, maxLength = 300): string {
  const flat = stripAnsi(text).replace(/[\t\n]+/g, ' ').trim();
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
  return cut
    .split(SECRET)
    .map((part) => part.replace(SPECIAL, (c) => ENTITIES[c]))
    .join(SECRET);
}

/**
 * Escapes multi-line text for a `<pre>` block: HTML-escaped, so nothing inside can close the
 * block or the surrounding `<details>`; Markdown is not parsed inside `<pre>`.
 */
export function escapePre(text: string, maxLength = 4000): string {
  const clean = stripAnsi(text).replace(/\n{3,}/g, '\n\n').trim();
  const cut = clean.length > maxLength ? `${clean.slice(0, maxLength)}\n… (${clean.length - maxLength} more characters in the job log)` : clean;
  return cut.replace(/[&<>`]/g, (c) => ENTITIES[c]);
}

/** Escapes a label for a mermaid node (inside double quotes). */
export function escapeMermaid(text: string): string {
  return stripAnsi(text)
    .replace(/[\n\t]+/g, ' ')
    .replace(/["<>&#;`|[\]{}()]/g, (c) => `#${c.charCodeAt(0)};`);
}
