import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import type { ConfigSchema } from '../../shared/config-schema.js';
import type { CredentialProvider } from '../auth/types.js';
import { defineCjsGlobals } from '../engine/cjs-globals.js';
import { targetEnv } from '../engine/credentials.js';
import type { DependencyCache } from '../engine/dependencies.js';
import { discoverPulumi } from '../engine/pulumi-cli.js';
import { runEngine, type EngineLog } from '../engine/run-engine.js';
import { serveCredentials, type PulumiEnv, type ServedCredentials } from '../engine/served-credentials.js';
import { backendStackName, forAccount, layeredConfig, programDir, readStackFile } from '../engine/stack-config.js';
import type { RunResult } from '../engine/types.js';
import { writeWorkspaceDir } from '../engine/workspace-dir.js';
import type { Manifest } from '../manifest/types.js';
import { DEFAULTS } from '../settings/defaults.js';
import { BootstrapInputError, MANAGEMENT, MANAGEMENT_PROJECT, mergeDerived, planBootstrap, type BootstrapPlan } from './bootstrap-plan.js';

type Automation = typeof import('@pulumi/pulumi/automation/index.js');

const execFileAsync = promisify(execFile);

export interface BootstrapSettings {
  manifest: Manifest;
  accounts: readonly string[];
  /** First run's state, before the bucket exists (default ~/.infra-action/bootstrap/<org>). */
  stateDir?: string;
  pulumiVersion?: string;
  signal?: AbortSignal;
}

export interface BootstrapDeps {
  credentials: CredentialProvider & { checkManagement(): Promise<string> };
  cache: DependencyCache;
  log: EngineLog;
  schemas: Record<string, ConfigSchema>;
}

/** Where the management stack's state was, and what this run did with it. */
export type StateStep =
  | { kind: 'bucket'; backend: string; secretsProvider?: string; switchedFrom?: string }
  | { kind: 'first-run'; local: string; movedTo: string; secretsProvider: string };

export interface BootstrapResult {
  state: StateStep;
  runs: RunResult[];
  ok: boolean;
}

/**
 * Writes the bootstrap stacks' config files (the repo's files under `stacks/bootstrap-*` merged with
 * what infra.yaml decides) into a folder of their own, laid out like the repo; returns its path.
 */
function writeConfigRoot(manifest: Manifest, plan: BootstrapPlan): string {
  const root = mkdtempSync(join(tmpdir(), 'infra-action-bootstrap-'));
  const problems: string[] = [];
  for (const [file, derived] of plan.derived) {
    const repo = readStackFile(manifest.root, file);
    if (repo.error) problems.push(`${file}: ${repo.error}`);
    const merged = mergeDerived(file, derived, repo.config, manifest.file);
    problems.push(...merged.problems);
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), stringify({ ...repo.settings, config: merged.config }));
  }
  if (problems.length > 0)
    throw new BootstrapInputError(
      `Bootstrap config does not match ${manifest.file}; nothing was run:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  return root;
}

/**
 * Runs bootstrap-management, then bootstrap-account in every member account in manifest order.
 * First run (the bucket does not hold the management stack yet): the management stack runs on a
 * local file backend, and once it created the bucket its state is exported, imported into the
 * bucket and switched to the manifest's secrets provider. Later runs find it in the bucket and are
 * ordinary updates (no changes when nothing changed).
 */
export async function runBootstrap(settings: BootstrapSettings, deps: BootstrapDeps): Promise<BootstrapResult> {
  const plan = planBootstrap({ manifest: settings.manifest, accounts: settings.accounts });
  const configRoot = writeConfigRoot(settings.manifest, plan);
  const identity = await deps.credentials.checkManagement();
  deps.log.info(`Admin session: ${identity}`);
  // The state moves below run the CLI outside the engine; they are served the admin session the same way.
  const served = await serveCredentials(deps.credentials, { dir: join(configRoot, '.run'), log: deps.log.info });
  try {
    return await bootstrapStacks(settings, deps, plan, configRoot, served);
  } finally {
    await served.close();
  }
}

async function bootstrapStacks(
  settings: BootstrapSettings,
  deps: BootstrapDeps,
  plan: BootstrapPlan,
  configRoot: string,
  served: ServedCredentials,
): Promise<BootstrapResult> {
  const m = await managementRun(settings, deps, plan, configRoot, served);
  const inBucket = await hasStack(m.auto, m.cmd, m.envFor(m.bucketBackend), m.backendName(m.bucketBackend));
  const first = inBucket ? await updateInBucket(m) : await firstRun(m);
  const runs = [first.run];
  // Member stacks: the engine puts each account's name into `{account}` (its own prefix and key).
  if (first.run.ok && plan.members.length > 0)
    runs.push(await m.engine(m.mgmtManifest(settings.manifest.backend!, m.memberSecrets), plan.membersSelection));
  return { state: first.state, runs, ok: runs.every((r) => r.ok) };
}

/** What running the management stack needs, wherever its state is. */
interface ManagementRun {
  settings: BootstrapSettings;
  deps: BootstrapDeps;
  plan: BootstrapPlan;
  auto: Automation;
  cmd: Cmd;
  bucketBackend: string;
  memberSecrets: string | undefined;
  finalSecrets: string | undefined;
  backendName: (backend: string) => string;
  envFor: (backend: string) => PulumiEnv;
  mgmtManifest: (backend: string, secrets: string | undefined) => Manifest;
  engine: (m: Manifest, selection: BootstrapPlan['managementSelection']) => Promise<RunResult>;
  /** Where the state move goes: the bucket, onto the management key. */
  move: (from?: { env: PulumiEnv; name: string }) => Move;
}

async function managementRun(
  settings: BootstrapSettings,
  deps: BootstrapDeps,
  plan: BootstrapPlan,
  configRoot: string,
  served: ServedCredentials,
): Promise<ManagementRun> {
  const { manifest } = settings;
  // The management stack's state lives under the `management/` prefix of a per-account backend
  // (`s3://bucket/{account}`), which no deploy or preview role can reach, and its secrets under
  // bootstrap-management's own key `alias/pulumi-management` (`{account}` → management), which no
  // deploy or preview role names. It starts on a passphrase (the key does not exist before its first
  // `up`) and is moved onto the key once it exists.
  const bucketBackend = forAccount(manifest.backend!, MANAGEMENT);
  const memberSecrets = manifest.secretsProvider;
  const finalSecrets = memberSecrets === undefined ? undefined : forAccount(memberSecrets, MANAGEMENT);
  const auto = await loadAutomation();
  const cmd = await discoverPulumi(auto, settings.pulumiVersion ?? DEFAULTS.pulumiVersion, deps.log.info);
  const mgmtManifest = (backend: string, secrets: string | undefined) => plan.manifest(configRoot, backend, secrets);
  const backendName = (backend: string) => backendStackName(backend, manifest.org, MANAGEMENT_PROJECT, MANAGEMENT, plan.region);
  const adminEnv = await served.envFor(plan.management);
  const envFor = (backend: string): PulumiEnv => ({
    ...adminEnv,
    PULUMI_BACKEND_URL: backend,
    PULUMI_SKIP_UPDATE_CHECK: 'true',
    ...targetEnv(plan.management, plan.region),
  });
  return {
    settings,
    deps,
    plan,
    auto,
    cmd,
    bucketBackend,
    memberSecrets,
    finalSecrets,
    backendName,
    envFor,
    mgmtManifest,
    engine: (m, selection) =>
      runEngine(
        { operation: 'up', manifest: m, selection, pulumiVersion: settings.pulumiVersion, signal: settings.signal },
        { credentials: deps.credentials, cache: deps.cache, log: deps.log, schemas: deps.schemas },
      ),
    move: (from) => ({
      workDir: join(configRoot, '.move'),
      manifest: mgmtManifest(bucketBackend, finalSecrets),
      from,
      to: { env: envFor(bucketBackend), name: backendName(bucketBackend) },
      secretsProvider: finalSecrets,
      log: deps.log.info,
    }),
  };
}

/** The management stack is in the bucket already: update it there (and move it onto its key if it is not yet). */
async function updateInBucket(m: ManagementRun): Promise<{ run: RunResult; state: StateStep }> {
  m.deps.log.info(`State: ${m.backendName(m.bucketBackend)} is in ${m.bucketBackend}; updating it there`);
  // A stack bootstrapped before alias/pulumi-management existed is still on the empty passphrase.
  if (m.finalSecrets && m.finalSecrets !== 'passphrase') setEmptyPassphrase();
  const run = await m.engine(m.mgmtManifest(m.bucketBackend, m.finalSecrets), m.plan.managementSelection);
  const moved = run.ok ? await onFinalSecrets(m.auto, m.cmd, m.move()) : {};
  return { run, state: { kind: 'bucket', backend: m.settings.manifest.backend!, ...moved } };
}

/** The first run: no bucket yet, so the stack runs on a local backend and moves into the bucket it just created. */
async function firstRun(m: ManagementRun): Promise<{ run: RunResult; state: StateStep }> {
  const { settings, deps } = m;
  const dir = settings.stateDir ?? join(homedir(), '.infra-action', 'bootstrap', settings.manifest.org);
  mkdirSync(dir, { recursive: true });
  const local = `file://${dir}`;
  deps.log.info(
    `State: no ${m.backendName(m.bucketBackend)} in ${m.bucketBackend} yet (first run); the management stack runs on ${local} and moves into the bucket once it exists`,
  );
  // The KMS key does not exist yet either: the first run uses a passphrase, switched after the move.
  if (m.memberSecrets && m.memberSecrets !== 'passphrase') setEmptyPassphrase();
  const run = await m.engine(m.mgmtManifest(local, 'passphrase'), m.plan.managementSelection);
  if (!run.ok) return { run, state: { kind: 'first-run', local, movedTo: '', secretsProvider: 'passphrase' } };
  const secretsProvider = await moveState(m.auto, m.cmd, { ...m.move(), from: { env: m.envFor(local), name: m.backendName(local) } });
  writeFileSync(
    join(dir, 'MOVED.txt'),
    `${m.plan.managementSelection.stacks[0]!.stack} moved to ${m.bucketBackend} on ${new Date().toISOString()}; this copy is a backup and is never used again.\n`,
  );
  return { run, state: { kind: 'first-run', local, movedTo: m.bucketBackend, secretsProvider } };
}

/** The passphrase the management stack starts on: none of its own (it holds no secrets yet), unless the user set one. */
function setEmptyPassphrase(): void {
  if (process.env.PULUMI_CONFIG_PASSPHRASE === undefined && process.env.PULUMI_CONFIG_PASSPHRASE_FILE === undefined)
    process.env.PULUMI_CONFIG_PASSPHRASE = '';
}

async function loadAutomation(): Promise<Automation> {
  defineCjsGlobals();
  return import('@pulumi/pulumi/automation/index.js');
}

type Cmd = Awaited<ReturnType<typeof discoverPulumi>>;

/** True when the backend holds the stack; false when it does not, or cannot be read yet (no bucket). */
async function hasStack(auto: Automation, cmd: Cmd, envVars: PulumiEnv, name: string): Promise<boolean> {
  try {
    const ws = await auto.LocalWorkspace.create({
      workDir: mkdtempSync(join(tmpdir(), 'infra-action-ls-')),
      pulumiCommand: cmd,
      // `undefined` values remove inherited variables (src/engine/child-env.ts).
      envVars: envVars as Record<string, string>,
    });
    const stacks = await ws.listStacks({ all: true });
    return stacks.some((s) => s.name === name || s.name === name.split('/').pop());
  } catch {
    return false;
  }
}

interface Move {
  workDir: string;
  manifest: Manifest;
  to: { env: PulumiEnv; name: string };
  secretsProvider?: string;
  log: (s: string) => void;
}

/** The management stack's project folder, where `pulumi stack …` commands run. */
function moveWorkspace(m: Move): void {
  const project = m.manifest.projects.find((p) => p.name === MANAGEMENT_PROJECT)!;
  const region = m.manifest.accounts.find((a) => a.name === MANAGEMENT)!.regions[0]!;
  writeWorkspaceDir({
    workDir: m.workDir,
    programDir: programDir(m.manifest, project),
    account: MANAGEMENT,
    region,
    layered: layeredConfig(m.manifest, project, MANAGEMENT, region),
  });
}

/**
 * `pulumi stack export` from the local backend, `stack init` + `stack import` into the bucket, then
 * `stack change-secrets-provider` to the manifest's provider. Returns the provider it ends on.
 */
async function moveState(auto: Automation, cmd: Cmd, m: Move & { from: { env: PulumiEnv; name: string } }): Promise<string> {
  moveWorkspace(m);
  const source = await auto.LocalWorkspace.create({
    workDir: m.workDir,
    pulumiCommand: cmd,
    envVars: m.from.env as Record<string, string>,
  });
  const state = await source.exportStack(m.from.name);
  const target = await auto.LocalWorkspace.create({
    workDir: m.workDir,
    pulumiCommand: cmd,
    envVars: m.to.env as Record<string, string>,
    secretsProvider: 'passphrase',
  });
  await auto.Stack.createOrSelect(m.to.name, target);
  await target.importStack(m.to.name, state);
  m.log(`Moved the state of ${m.from.name} into ${m.to.env.PULUMI_BACKEND_URL} (pulumi stack export, stack import)`);
  if (!m.secretsProvider || m.secretsProvider === 'passphrase') return 'passphrase';
  await changeSecretsProvider(cmd, m, m.secretsProvider);
  return m.secretsProvider;
}

/**
 * Later runs: a management stack still on the passphrase (bootstrapped before alias/pulumi-management
 * existed; this run's `up` created the key) moves onto the manifest's provider. The provider the
 * state records is what Pulumi decrypts it with, so that is what is checked.
 */
async function onFinalSecrets(auto: Automation, cmd: Cmd, m: Move): Promise<{ secretsProvider?: string; switchedFrom?: string }> {
  if (!m.secretsProvider || m.secretsProvider === 'passphrase') return {};
  moveWorkspace(m);
  const ws = await auto.LocalWorkspace.create({ workDir: m.workDir, pulumiCommand: cmd, envVars: m.to.env as Record<string, string> });
  const recorded = ((await ws.exportStack(m.to.name)).deployment as { secrets_providers?: { type?: string } }).secrets_providers?.type;
  if (recorded !== 'passphrase') return {};
  await changeSecretsProvider(cmd, m, m.secretsProvider);
  return { secretsProvider: m.secretsProvider, switchedFrom: 'passphrase' };
}

async function changeSecretsProvider(cmd: Cmd, m: Move, provider: string): Promise<void> {
  // The Automation API has no call for this; run the same CLI it uses, with the same environment
  // (Node's spawn leaves out the `undefined` ones, as it does for the SDK).
  await execFileAsync(cmd.command, ['stack', 'change-secrets-provider', provider, '--stack', m.to.name, '--non-interactive'], {
    cwd: m.workDir,
    env: { ...process.env, ...m.to.env },
  }).catch((err: Error & { stderr?: string }) => {
    throw new Error(`pulumi stack change-secrets-provider ${provider} failed for ${m.to.name}: ${(err.stderr || err.message).trim()}`);
  });
  m.log(`Switched ${m.to.name} to the secrets provider ${provider} (pulumi stack change-secrets-provider)`);
}
