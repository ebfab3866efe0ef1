import type { CredentialProvider } from '../auth/types.js';
import { BadInput } from '../errors.js';
import { defineCjsGlobals } from '../engine/cjs-globals.js';
import { discoverPulumi } from '../engine/pulumi-cli.js';
import { scanSecureValues } from '../engine/secure-values.js';
import { defaultSecretsProvider, fileSecretsProvider, providerToName } from '../engine/secrets-provider.js';
import { forAccount } from '../engine/stack-config.js';
import type { Manifest } from '../manifest/types.js';
import { encryptForStack, redact, type EncryptContext } from './encrypt-secret.js';
import { configTargets, type ProjectTarget, type TargetRequest } from './targets.js';
import { readIfExists, writeAllOrNothing, type FileChange } from './write-files.js';
import { hasConfigValue, removeConfigValue, setConfigValue } from './yaml-edit.js';

type Automation = typeof import('@pulumi/pulumi/automation/index.js');

/** `infra-action config set`: one value for every stack of an account (or of some regions of it). */
export interface ConfigSetRequest extends TargetRequest {
  manifest: Manifest;
  /** The state backend (the manifest's, or the local default), `{account}` not yet filled in. */
  backend: string;
  value: string;
  secret: boolean;
  path: boolean;
  pulumiVersion: string;
}

export interface ConfigSetDeps {
  /** Only secrets need the backend, so credentials are made only then. */
  credentials: () => Promise<CredentialProvider>;
  log: (message: string) => void;
  loadAutomation?: () => Promise<Automation>;
}

/** What changed, file by file, for people (never the value). */
export interface ConfigSetResult {
  changes: { file: string; what: string }[];
}

/** The same command again (the value on stdin), for messages. */
export function rerunCommand(req: ConfigSetRequest): string {
  const opts = [
    `--account ${req.account}`,
    ...req.projects.map((p) => `--project ${p}`),
    ...req.regions.map((r) => `--region ${r}`),
    ...(req.secret ? ['--secret'] : []),
    ...(req.path ? ['--path'] : []),
  ];
  return `infra-action config set ${opts.join(' ')} ${req.key}${req.secret ? ' < value-file' : ' <value>'}`;
}

/**
 * Sets the value, all or nothing. Plain: into the account's global file (or, with regions, the
 * stack files), and out of the stack files that would override it. Secret: encrypted into each
 * stack's own file by the Pulumi CLI with that stack's key — the global file cannot hold one, as no
 * stack could decrypt it — and out of the global file. Files are written only once every stack
 * succeeded; a failure names the stack and leaves every file as it was.
 */
export async function setAccountConfig(req: ConfigSetRequest, deps: ConfigSetDeps): Promise<ConfigSetResult> {
  if (req.path && !req.secret)
    throw new BadInput('--path works with --secret only; write structured plain values into the global file by hand.');
  const { account, targets } = configTargets(req.manifest, req.backend, req);
  const root = req.manifest.root;
  const changes: (FileChange & { what: string })[] = [];
  const change = (file: string, what: string, edit: (text: string) => string) => {
    const before = readIfExists(root, file);
    const after = edit(before ?? '');
    if (after !== (before ?? '')) changes.push({ file, before, after, what });
  };
  if (req.secret) await encryptAll(req, deps, targets, changes);
  for (const t of targets) {
    const accountWide = req.regions.length === 0;
    if (!req.secret && accountWide) change(t.globalFile, `set ${t.key}`, (text) => setConfigValue(text, t.globalFile, t.key, req.value));
    if (!req.secret && !accountWide)
      for (const s of t.stacks) change(s.file, `set ${t.key}`, (text) => setConfigValue(text, s.file, t.key, req.value));
    if (req.secret && accountWide && !req.path)
      change(t.globalFile, `removed ${t.key} (no stack could decrypt it there; each stack file now holds it)`, (text) =>
        removeConfigValue(text, t.globalFile, t.key),
      );
    if (!req.secret && accountWide)
      for (const s of t.stacks)
        change(s.file, `removed ${t.key} (it overrode the account's value)`, (text) =>
          text !== '' && hasConfigValue(text, s.file, t.key) ? removeConfigValue(text, s.file, t.key) : text,
        );
  }
  writeAllOrNothing(root, changes);
  if (changes.length === 0) deps.log(`${account.name}: nothing to change; every file already holds that value.`);
  return { changes: changes.map((c) => ({ file: c.file, what: c.what })) };
}

/** Encrypts the value for every stack, in order; the first failure stops it with the whole story. */
async function encryptAll(req: ConfigSetRequest, deps: ConfigSetDeps, targets: ProjectTarget[], out: (FileChange & { what: string })[]) {
  const stacks = targets.flatMap((t) => t.stacks.map((s) => ({ t, s })));
  const root = req.manifest.root;
  const settings = (file: string) => scanSecureValues(readIfExists(root, file) ?? '')?.settings ?? {};
  const named = new Map(stacks.map(({ s }) => [s.file, providerToName(req.manifest, req.backend, req.account, settings(s.file))]));
  const passphrase = stacks.filter(({ s }) => (named.get(s.file) ?? fileSecretsProvider(settings(s.file), req.backend)) === 'passphrase');
  if (
    passphrase.length > 0 &&
    process.env.PULUMI_CONFIG_PASSPHRASE === undefined &&
    process.env.PULUMI_CONFIG_PASSPHRASE_FILE === undefined
  )
    throw new BadInput(
      `${passphrase.map(({ s }) => s.stack).join(', ')} encrypt${passphrase.length === 1 ? 's' : ''} with the passphrase secrets provider: set PULUMI_CONFIG_PASSPHRASE (or _FILE) to the passphrase the deploys use, then run again.`,
    );
  defineCjsGlobals();
  const auto = await (deps.loadAutomation ?? (() => import('@pulumi/pulumi/automation/index.js')))();
  const cmd = await discoverPulumi(auto, req.pulumiVersion, deps.log);
  const account = req.manifest.accounts.find((a) => a.name === req.account)!;
  const management = await (await deps.credentials()).management(account);
  const created: string[] = [];
  const ctx: EncryptContext = {
    auto,
    cmd,
    env: backendEnv(forAccount(req.backend, account.name), management),
    secretsProvider: defaultSecretsProvider(req.manifest, req.backend, account.name),
    value: req.value,
    path: req.path,
    root,
    onCreated: (s) => created.push(s.stack),
  };
  for (const [i, { t, s }] of stacks.entries()) {
    try {
      const text = await encryptForStack(ctx, t, s, named.get(s.file));
      out.push({ file: s.file, before: readIfExists(root, s.file), after: text, what: `set ${t.key} (secret, encrypted for ${s.stack})` });
    } catch (err) {
      throw new Error(
        failureStory(
          req,
          stacks.map((x) => x.s.stack),
          i,
          redact((err as Error).message, req.value),
          created,
        ),
      );
    }
  }
}

function failureStory(req: ConfigSetRequest, stacks: string[], failed: number, error: string, created: string[]): string {
  return [
    `could not encrypt ${req.key} for ${stacks[failed]}: ${error}`,
    `Nothing was written: every file is as it was.${failed > 0 ? ` Encrypted for ${stacks.slice(0, failed).join(', ')}, then discarded.` : ''}${failed + 1 < stacks.length ? ` Not tried: ${stacks.slice(failed + 1).join(', ')}.` : ''}`,
    ...(created.length > 0 ? [`Created in the backend by this run (empty; the next run selects them): ${created.join(', ')}.`] : []),
    `Fix the cause, then run the same command again: ${rerunCommand(req)}`,
  ].join('\n');
}

/** The CLI's environment: the account's backend, and the session that reaches its state and key. */
function backendEnv(
  backend: string,
  session: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PULUMI_BACKEND_URL: backend,
    PULUMI_SKIP_UPDATE_CHECK: 'true',
    AWS_ACCESS_KEY_ID: session.accessKeyId || undefined,
    AWS_SECRET_ACCESS_KEY: session.secretAccessKey || undefined,
    AWS_SESSION_TOKEN: session.sessionToken,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}
