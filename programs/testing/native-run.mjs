// Runs a builtin program's real entry (Pulumi.yaml `main`, i.e. main.mjs → index.ts) the way the
// Pulumi language host does with `typescript: false`: plain Node, dynamic import, then the default
// export called for the outputs — but against pulumi mocks instead of an engine.
// Prints one JSON line: output names and resource types.
// Usage: node programs/testing/native-run.mjs <program> <stack> <config.json>
import * as pulumi from '@pulumi/pulumi';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [program, stack, configFile] = process.argv.slice(2);
const types = [];
await pulumi.runtime.setMocks(
  {
    newResource(args) {
      types.push(args.type);
      const arn = args.type.startsWith('aws:iam/openIdConnectProvider')
        ? 'arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com'
        : `arn:aws:mock:::${args.name}`;
      return {
        id: `${args.name}-id`,
        state: {
          ...args.inputs,
          arn,
          domainValidationOptions: [{ resourceRecordName: 'x', resourceRecordType: 'CNAME', resourceRecordValue: 'y' }],
          endpoints: [{ address: 'cache', port: 6379 }],
        },
      };
    },
    call: (args) => (args.token === 'aws:index/getAvailabilityZones:getAvailabilityZones' ? { names: ['a', 'b'] } : {}),
  },
  program,
  stack,
  false,
);
pulumi.runtime.setAllConfig(JSON.parse(readFileSync(configFile, 'utf8')));
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', program);
const main = /^main:\s*(\S+)/m.exec(readFileSync(join(dir, 'Pulumi.yaml'), 'utf8'))?.[1] ?? 'index.js';
const mod = await import(pathToFileURL(join(dir, main)).href);
const outputs = typeof mod.default === 'function' ? await mod.default() : mod;
await new Promise((r) => setTimeout(r, 300));
console.log(JSON.stringify({ exports: Object.keys(outputs).sort(), types: [...new Set(types)].sort(), count: types.length }));
