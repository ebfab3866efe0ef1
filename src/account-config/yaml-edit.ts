import { isMap, parseDocument, type Document, type YAMLMap } from 'yaml';

/**
 * Edits of one key under `config:` in a `Pulumi.*.yaml` text that keep everything else — comments,
 * order, other keys — as it was. A value is written as a string, as `pulumi config set` stores it.
 */

function load(text: string, file: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`${file}: cannot edit it, it is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new Error(`${file}: cannot edit it, expected a mapping at the top level`);
  return doc;
}

/** Sets `config.<key>` to a plain string. */
export function setConfigValue(text: string, file: string, key: string, value: string): string {
  const doc = load(text, file);
  if (doc.contents === null) doc.contents = doc.createNode({});
  doc.setIn(['config', key], doc.createNode(value));
  return doc.toString();
}

/** True when `config.<key>` is set. */
export function hasConfigValue(text: string, file: string, key: string): boolean {
  return load(text, file).hasIn(['config', key]);
}

/** Removes `config.<key>`; the text is unchanged when the key is not there. */
export function removeConfigValue(text: string, file: string, key: string): string {
  const doc = load(text, file);
  if (!doc.hasIn(['config', key])) return text;
  doc.deleteIn(['config', key]);
  return doc.toString();
}

/** Sets a top-level setting (`secretsprovider`, …), first in the file when it is new, as Pulumi writes them. */
export function setSetting(text: string, file: string, key: string, value: string): string {
  const doc = load(text, file);
  if (doc.contents === null) doc.contents = doc.createNode({});
  if (doc.has(key)) doc.set(key, value);
  else (doc.contents as YAMLMap).items.unshift(doc.createPair(key, value));
  return doc.toString();
}
