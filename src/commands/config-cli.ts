import { parseArgs } from 'node:util';
import { rerunCommand, setAccountConfig } from '../account-config/set-config.js';
import { UsageError } from '../cli-args.js';
import { BadInput, EXIT } from '../errors.js';
import { backendUrl } from '../engine/run-engine.js';
import { loadManifest } from '../manifest/load.js';
import { builtinPrograms } from '../programs-dir.js';
import { DEFAULTS } from '../settings/defaults.js';
import { optional, parsePulumiVersion, splitList } from '../settings/values.js';
import { credentialProvider } from './engine-run.js';
import type { CliIO } from './io.js';

const CONFIG_USAGE = `Usage: infra-action config set --account NAME [options] [--secret] KEY [VALUE]

Sets one config value for every stack of an account (all its regions), so that each can read it.
A plain value goes into Pulumi.<account>-global.yaml (and out of stack files that would override it).
A secret (--secret) is encrypted into each stack file by the Pulumi CLI with that stack's own key —
a secure: value in the global file could not be decrypted by any stack — and out of the global file.
A secret is read from stdin, never from the command line (shell history, process lists):
  infra-action config set --account canary --secret api:databasePrimaryDsn < dsn.txt
All or nothing: the files are written only once every stack succeeded.

Options:
  --account NAME      the account (required)
  --project NAME      the project(s) (repeatable, or comma-separated; default: the one whose Pulumi
                      project name is KEY's namespace, e.g. api for api:databasePrimaryDsn)
  --region NAME       only these regions' stack files (repeatable, or comma-separated): a per-stack value
  --secret            encrypt it (the value comes from stdin)
  --path              KEY is a path into a structured value (a.b[0]); with --secret
  --manifest FILE     the manifest (default ${DEFAULTS.manifest})
  --profile NAME      AWS profile for the first hop on a laptop (secrets: the state backend and KMS key)
  --pulumi-version RANGE  the Pulumi CLI to use or install (default ${DEFAULTS.pulumiVersion})
  -h, --help          this help

KEY is namespace:name (api:image); a bare name takes the project's namespace. Without VALUE the
value is read from stdin, one trailing newline removed.
`;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        account: { type: 'string' },
        project: { type: 'string', multiple: true },
        region: { type: 'string', multiple: true },
        secret: { type: 'boolean' },
        path: { type: 'boolean' },
        manifest: { type: 'string' },
        profile: { type: 'string' },
        'pulumi-version': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${CONFIG_USAGE}`);
  }
}

/** `infra-action config set`: docs/design.md's CLI contract. Exit 0 ok, 1 a stack failed, 2 bad input. */
export async function configCli(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(CONFIG_USAGE);
    return EXIT.ok;
  }
  const [sub, key, given, extra] = positionals;
  if (sub !== 'set')
    throw new UsageError(`${sub ? `Unknown config command "${sub}".` : 'No config command given.'} Expected: set.\n\n${CONFIG_USAGE}`);
  const account = optional(values.account);
  if (!account) throw new UsageError(`config set needs --account.\n\n${CONFIG_USAGE}`);
  if (!key || !/^(?:[\w.-]+:)?[^\s:-][^\s]*$/.test(key))
    throw new UsageError(
      `${key ? `"${key}" is not a config key` : 'No KEY given'}: expected namespace:name, e.g. api:image.\n\n${CONFIG_USAGE}`,
    );
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}".\n\n${CONFIG_USAGE}`);
  const secret = values.secret ?? false;
  if (secret && given !== undefined)
    throw new UsageError(
      `config set --secret takes the value on stdin, not as an argument (arguments stay in shell history and process lists): infra-action config set ... --secret ${key} < value-file`,
    );
  const value = given ?? (await readValue(io));
  const manifest = await loadManifest(values.manifest ?? DEFAULTS.manifest, { builtins: builtinPrograms() });
  const req = {
    manifest,
    backend: backendUrl(manifest),
    account,
    projects: splitList(values.project),
    regions: splitList(values.region),
    key,
    value,
    secret,
    path: values.path ?? false,
    pulumiVersion: parsePulumiVersion(values['pulumi-version'], '--pulumi-version'),
  };
  const log = { info: (m: string) => io.stderr(`${m}\n`), warning: (m: string) => io.stderr(`warning: ${m}\n`) };
  const result = await setAccountConfig(req, {
    credentials: async () => (await credentialProvider(manifest, 'deploy', log, optional(values.profile))).credentials,
    log: log.info,
  });
  for (const c of result.changes) io.stdout(`${c.file}: ${c.what}\n`);
  if (result.changes.length > 0) io.stdout(`Review and commit the changed files. The same command sets it again: ${rerunCommand(req)}\n`);
  return EXIT.ok;
}

async function readValue(io: CliIO): Promise<string> {
  if (process.stdin.isTTY) io.stderr('Reading the value from stdin (end with Ctrl-D)…\n');
  const value = (await io.readStdin()).replace(/\r?\n$/, '');
  if (value === '') throw new BadInput('config set: the value on stdin is empty; pipe the value in, e.g. < value-file.');
  return value;
}
