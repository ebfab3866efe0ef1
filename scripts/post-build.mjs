// ncc keeps the entry's code but the CLI needs to be executable through npm's bin link.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
const file = new URL('../dist/index.js', import.meta.url);
let text = readFileSync(file, 'utf8');
if (!text.startsWith('#!')) text = '#!/usr/bin/env node\n' + text;
writeFileSync(file, text);
chmodSync(file, 0o755);

// ncc cannot parse @npmcli/run-script's node-gyp lookup (pulled in by @pulumi/pulumi's closure
// serializer through @npmcli/arborist) and emits a module that throws when loaded, which breaks
// loading the Automation API. The engine never runs npm lifecycle scripts, so the module becomes one
// that throws only if something calls it.
import { readdirSync } from 'node:fs';
const dist = new URL('../dist/', import.meta.url);
const broken = /\/\*\*\*\/ \(\(\) => \{\s*throw new Error\((\"Module parse failed: [^\n]*node-gyp[^\n]*\")\);/g;
for (const name of readdirSync(dist).filter((n) => n.endsWith('.js'))) {
  const chunk = new URL(name, dist);
  const code = readFileSync(chunk, 'utf8');
  const fixed = code.replace(broken, (_m, message) => `/***/ ((module) => {\nmodule.exports = () => { throw new Error(${message}); };`);
  if (fixed !== code) writeFileSync(chunk, fixed);
}
