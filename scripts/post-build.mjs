// ncc keeps the entry's code but the CLI needs to be executable through npm's bin link.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
const file = new URL('../dist/index.js', import.meta.url);
let text = readFileSync(file, 'utf8');
if (!text.startsWith('#!')) text = '#!/usr/bin/env node\n' + text;
writeFileSync(file, text);
chmodSync(file, 0o755);
