import { mkdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PreviewOptions, PulumiCommand } from '@pulumi/pulumi/automation/index.js';
import type { ConfigSchema } from '../../shared/config-schema.js';
import { walkChains } from '../auth/prepare.js';
import type { CredentialProvider } from '../auth/types.js';
import type { Manifest } from '../manifest/types.js';
import type { SelectedStack, Selection } from '../select/select.js';
import { chainGate } from './chain-gate.js';
import { stackDependencies } from '../select/stack-graph.js';
import { defineCjsGlobals } from './cjs-globals.js';
import { childEnv } from './child-env.js';
import { targetEnv } from './credentials.js';
import { ensureProgramDependencies, noCache, npmInstall, restorePlugins, type DependencyCache } from './dependencies.js';
import { EventCollector, maskOutputs, type EngineEventLike } from './events.js';
import { guardOperation } from './guards.js';
import { openEscEnvironments, cliEscOpener, type EscEnvironments } from './esc.js';
import { blockingProblems, escImportsOf, PreflightError, preflight, type PreflightProblem } from './preflight.js';
import { pathWithOwnNode, programNodeReport } from './program-node.js';
import { discoverPulumi } from './pulumi-cli.js';
import { abortableSleep, DEFAULT_RETRY, errorText, withRetry, type RetrySettings } from './retry.js';
import { runGraph } from './scheduler.js';
import { defaultSecretsProvider } from './secrets-provider.js';
import { serveCredentials, type PulumiEnv } from './served-credentials.js';
import { checkStateBackend } from './state-backend.js';
import { backendStackName, forAccount, isDiyBackend, layeredConfig, programDir, pulumiProjectName } from './stack-config.js';
import type { Operation, RunResult, StackResult } from './types.js';
import { writeWorkspaceDir } from './workspace-dir.js';
import { openStack, type OpenedStack } from './open-stack.js';
import { DEFAULTS, defaultBackendUrl } from '../settings/defaults.js';

type Automation = typeof import('@pulumi/pulumi/automation/index.js');

export interface EngineLog {
  info(message: string): void;
  warning(message: string): void;
  /** A stack's CLI output, printed as one block when the stack ends (parallel output would interleave). */
  block(title: string, text: string): void;
}

export interface EngineRequest {
  operation: Operation;
  manifest: Manifest;
  selection: Selection;
  /** Stacks running at once (default 4). */
  parallel?: number;
  /** destroy: the exact stack name. */
  confirm?: string;
  /** Range for the Pulumi CLI (input `pulumi-version`). */
  pulumiVersion?: string;
  /** Where each stack's work dir goes (default: RUNNER_TEMP or the OS temp dir). */
  workRoot?: string;
  signal?: AbortSignal;
  retry?: RetrySettings;
}

export interface EngineDeps {
  credentials: CredentialProvider;
  /** Says why a hop failed and the fix (verify's words); default: the error's message. */
  explainChainFailure?: (err: unknown) => string;
  cache: DependencyCache;
  log: EngineLog;
  /** Config schemas of the builtin programs, keyed by program name. */
  schemas: Record<string, ConfigSchema>;
  /** Package manager runner for missing node_modules (tests inject one that stays offline). */
  install?: (dir: string, command: string[]) => Promise<void>;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Loads the Automation API; lazy so `plan` never pays for @pulumi/pulumi. */
  loadAutomation?: () => Promise<Automation>;
  /** Called as each stack ends, and once with the whole run (the reporting helper hooks in here). */
  onStackResult?: (result: StackResult) => void | Promise<void>;
  onResult?: (run: RunResult) => void | Promise<void>;
}

/** Where the Pulumi CLI keeps its plugins (PULUMI_HOME, default ~/.pulumi). */
function pulumiHome(): string {
  return process.env.PULUMI_HOME ?? join(homedir(), '.pulumi');
}

/** The backend the manifest names, or a local file backend under `<manifest root>/.infra-state` (refused for deploys in CI). */
export function backendUrl(manifest: Manifest): string {
  if (manifest.backend) return manifest.backend;
  const url = defaultBackendUrl(manifest.root);
  mkdirSync(url.slice('file://'.length), { recursive: true });
  return url;
}

/** The CLI's answer to `--expect-no-changes` when there are changes (wording varies by version and command). */
const NO_CHANGES_EXPECTED = /no changes were expected (?:for \S+ )?but changes (?:were proposed|occurred)/;

/**
 * Drift check of one stack: `preview --refresh --expect-no-changes`. Refreshing reads the real
 * resources first, so the preview compares the program with what is actually there. Returns true
 * when the CLI reports changes (drift); any other failure throws as usual.
 */
async function driftPreview(stack: { preview(opts: PreviewOptions): Promise<unknown> }, opts: PreviewOptions): Promise<boolean> {
  try {
    await stack.preview({ ...opts, refresh: true, expectNoChanges: true });
    return false;
  } catch (err) {
    if (NO_CHANGES_EXPECTED.test(errorText(err))) return true;
    throw err;
  }
}

/**
 * Opens the ESC environments the stacks import through the Pulumi CLI, with the run's
 * PULUMI_ACCESS_TOKEN; without a token they stay unchecked and preflight names them in warnings.
 */
async function openEscImports(
  manifest: Manifest,
  imports: string[],
  backend: string,
  command: () => Promise<string>,
): Promise<EscEnvironments> {
  if (imports.length === 0) return new Map();
  if (!process.env.PULUMI_ACCESS_TOKEN)
    return openEscEnvironments(manifest.org, imports, undefined, 'no PULUMI_ACCESS_TOKEN in the environment');
  const open = cliEscOpener(await command(), childEnv({ PULUMI_BACKEND_URL: backend, PULUMI_SKIP_UPDATE_CHECK: 'true' }));
  return openEscEnvironments(manifest.org, imports, open, '');
}

/**
 * Runs one operation over the selected stacks: guards, preflight (before any cloud call), the role
 * chain of every account in scope (explained once per failure; see chain-gate.ts for what still
 * runs), then the stacks by their dependencies, account after account. Throws EngineInputError /
 * PreflightError for bad input; a failed stack or chain is a result.
 */
export async function runEngine(req: EngineRequest, deps: EngineDeps): Promise<RunResult> {
  const { manifest, operation } = req;
  const selection = guardOperation(manifest, req.selection, operation, req.confirm);
  const stateWarning = checkStateBackend(manifest, operation);
  if (stateWarning) deps.log.warning(stateWarning);
  const backend = backendUrl(manifest);
  let pulumi: Promise<{ auto: Automation; cmd: PulumiCommand }> | undefined;
  const cli = () =>
    (pulumi ??= (async () => {
      defineCjsGlobals();
      const auto = await (deps.loadAutomation ?? (() => import('@pulumi/pulumi/automation/index.js')))();
      return { auto, cmd: await discoverPulumi(auto, req.pulumiVersion ?? DEFAULTS.pulumiVersion, deps.log.info) };
    })());
  // Pulumi Cloud keeps each stack's data key itself; DIY backends need a provider: the manifest's, or a passphrase.
  const secretsProvider = defaultSecretsProvider(manifest, backend);
  const esc = await openEscImports(
    manifest,
    escImportsOf(manifest, selection.stacks, backend),
    backend,
    async () => (await cli()).cmd.command,
  );

  const found = preflight(manifest, selection.stacks, backend, deps.schemas, esc);
  for (const w of found.filter((p) => p.warning))
    deps.log.warning(`config preflight: ${w.stack}: ${w.file}: ${w.key ? `${w.key}${w.secret ? ' (secret)' : ''}: ` : ''}${w.message}`);
  const problems: PreflightProblem[] = blockingProblems(found);
  if (
    secretsProvider === 'passphrase' &&
    process.env.PULUMI_CONFIG_PASSPHRASE === undefined &&
    process.env.PULUMI_CONFIG_PASSPHRASE_FILE === undefined &&
    selection.stacks.length > 0
  ) {
    problems.push({
      stack: '(all)',
      file: manifest.file,
      key: 'secretsProvider',
      message:
        'the passphrase secrets provider needs PULUMI_CONFIG_PASSPHRASE (or _FILE) in the environment; set it from a repository secret, or name a KMS secretsProvider in the manifest',
    });
  }
  if (problems.length > 0) throw new PreflightError(problems);

  const accounts = manifest.accounts.filter((a) => selection.stacks.some((s) => s.account === a.name));
  const chainFailures = await walkChains(deps.credentials, accounts, deps.explainChainFailure ?? ((err) => errorText(err).trim()));
  const blocked = chainGate(chainFailures, operation === 'up' || operation === 'refresh' || operation === 'destroy');

  const sleep = deps.sleep ?? abortableSleep;
  const signal = req.signal ?? new AbortController().signal;
  const workRoot = req.workRoot ?? join(process.env.RUNNER_TEMP ?? tmpdir(), `infra-action-${process.pid}`);
  // Each stack's Pulumi process is served its account's sessions; the chain stays here.
  const served = await serveCredentials(deps.credentials, { dir: workRoot, log: deps.log.info });
  const byName = new Map(selection.stacks.map((s) => [s.stack, s]));
  const installs = new Map<string, Promise<unknown>>();
  const ensureDeps = (dir: string) => {
    if (!installs.has(dir))
      installs.set(dir, ensureProgramDependencies(dir, { cache: deps.cache, log: deps.log.info, install: deps.install ?? npmInstall }));
    return installs.get(dir)!;
  };

  const blank = (s: SelectedStack): StackResult => ({
    stack: s.stack,
    project: s.project,
    account: s.account,
    region: s.region,
    operation,
    status: 'skipped',
    counts: {},
    changes: [],
    diagnostics: [],
    durationMs: 0,
    outputs: {},
    attempts: 0,
  });

  type Prepared = { auto: Automation } & OpenedStack;
  const prepared = new Map<string, Promise<Prepared>>();
  /** Work dir, dependencies, credentials and `stack select` (or init, or a first preview's throwaway) for one stack; memoized. */
  const prepare = (name: string): Promise<Prepared> => {
    let p = prepared.get(name);
    if (!p) {
      p = (async () => {
        const s = byName.get(name)!;
        const project = manifest.projects.find((x) => x.name === s.project)!;
        const account = manifest.accounts.find((a) => a.name === s.account)!;
        const dir = programDir(manifest, project);
        await ensureDeps(dir);
        const workDir = join(workRoot, s.stack.replace(/[^\w.-]+/g, '_'));
        const settingsFile = writeWorkspaceDir({
          workDir,
          programDir: dir,
          account: s.account,
          region: s.region,
          layered: layeredConfig(manifest, project, s.account, s.region),
        });
        const envVars: PulumiEnv = {
          ...(await served.envFor(account)),
          PULUMI_BACKEND_URL: forAccount(backend, s.account),
          PULUMI_SKIP_UPDATE_CHECK: 'true',
          PATH: pathWithOwnNode(),
          ...targetEnv(account, s.region),
        };
        const backendName = backendStackName(backend, manifest.org, pulumiProjectName(dir) ?? project.name, s.account, s.region);
        const { auto, cmd } = await cli();
        const opened = await openStack({
          auto,
          cmd,
          operation,
          backendName,
          workDir,
          settingsFile,
          envVars,
          secretsProvider: secretsProvider === undefined ? undefined : forAccount(secretsProvider, s.account),
          throwawayDir: join(workRoot, 'first-preview', s.stack.replace(/[^\w.-]+/g, '_')),
          log: deps.log.info,
        });
        return { auto, ...opened };
      })();
      p.catch(() => undefined); // surfaced when the stack runs
      prepared.set(name, p);
    }
    return p;
  };

  const runStack = async (name: string, signal: AbortSignal): Promise<{ outcome: StackResult['status']; result: StackResult }> => {
    const s = byName.get(name)!;
    const result = blank(s);
    const started = Date.now();
    let output = '';
    let collector = new EventCollector({ properties: operation === 'drift' });
    try {
      const { stack, newStack } = await prepare(name);
      if (newStack) result.newStack = true;
      let expectedNoChanges = false;
      const { value, attempts } = await withRetry(
        name,
        async () => {
          collector = new EventCollector({ properties: operation === 'drift' });
          // The SDK only listens for an abort that happens after it spawned the CLI.
          if (signal.aborted) throw new Error('cancelled before the operation started');
          const opts = { onEvent: (e: EngineEventLike) => collector.add(e), onOutput: (t: string) => void (output += t), signal };
          if (operation === 'preview') await stack.preview(opts);
          else if (operation === 'drift') expectedNoChanges = await driftPreview(stack, opts);
          else if (operation === 'refresh') await stack.refresh(opts);
          else if (operation === 'destroy') await stack.destroy(opts);
          else return maskOutputs((await stack.up(opts)).outputs);
          return {};
        },
        req.retry ?? DEFAULT_RETRY,
        { sleep, signal, log: (m) => deps.log.warning(m) },
      );
      const digest = collector.digest();
      Object.assign(result, digest, { status: 'succeeded', outputs: value, attempts });
      if (operation === 'drift') result.drifted = expectedNoChanges || digest.changes.length > 0;
    } catch (err) {
      const digest = collector.digest();
      const cancelled = signal.aborted || digest.cancelled;
      const errors = digest.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      const text = errorText(err);
      const stderrError = text
        .split('\n')
        .find((l) => /^\s*error:/.test(l))
        ?.trim();
      Object.assign(result, digest, {
        status: cancelled ? 'cancelled' : 'failed',
        attempts: (err as { attempts?: number }).attempts ?? 1,
        error: cancelled ? `cancelled while running ${operation}` : (errors[0] ?? stderrError ?? text.split('\n')[0]).slice(0, 2000),
      });
    }
    result.durationMs = Date.now() - started;
    if (output) deps.log.block(`${operation} ${name}`, output);
    await deps.onStackResult?.(result);
    return { outcome: result.status, result };
  };

  const groups = manifest.accounts
    .map((a) => ({ name: a.name, stacks: selection.stacks.filter((s) => s.account === a.name).map((s) => s.stack) }))
    .filter((g) => g.stacks.length > 0);
  const runnable = groups.filter((g) => !blocked(g.name));
  const pluginCache =
    deps.cache === noCache || runnable.length === 0
      ? undefined
      : await restorePlugins(
          pulumiHome(),
          [
            ...new Set(
              selection.stacks.map((s) =>
                programDir(
                  manifest,
                  manifest.projects.find((p) => p.name === s.project)!,
                ),
              ),
            ),
          ],
          { cache: deps.cache, log: deps.log.info, install: deps.install ?? npmInstall },
        );
  const node = programNodeReport();
  deps.log.info(node.info);
  if (node.warning) deps.log.warning(node.warning);
  if (!isDiyBackend(backend)) deps.log.info(`Backend: Pulumi Cloud (${backend}); stack names use the org ${manifest.org}`);
  const ran = await runGraph<StackResult>({
    groups: runnable,
    dependsOn: stackDependencies(manifest, selection),
    parallel: req.parallel ?? DEFAULTS.parallel,
    // What changes an account stops at the first failed one; previews and drift checks cover them all.
    stopAfterFailedGroup: operation === 'up' || operation === 'refresh' || operation === 'destroy',
    signal,
    run: runStack,
    prepare: (name) => void prepare(name),
    notRun: (name, outcome, reason) => ({ ...blank(byName.get(name)!), status: outcome, error: reason }),
  }).finally(() => served.close());
  const results = new Map(ran.map((r) => [r.stack, r.result]));
  const stacks = groups.flatMap((g) => g.stacks.map((name) => results.get(name) ?? { ...blank(byName.get(name)!), ...blocked(g.name) }));
  const run: RunResult = {
    operation,
    stacks,
    ok: chainFailures.length === 0 && ran.every((r) => r.outcome === 'succeeded'),
    ...(chainFailures.length ? { chainFailures: chainFailures.map(({ accounts, explanation }) => ({ accounts, explanation })) } : {}),
  };
  if (pluginCache && !pluginCache.hit && run.stacks.some((r) => r.status === 'succeeded')) {
    await deps.cache
      .save([join(pulumiHome(), 'plugins')], pluginCache.key)
      .catch((err: Error) => deps.log.warning(`Could not save the Pulumi plugins to the cache: ${err.message}`));
  }
  await deps.onResult?.(run);
  return run;
}
