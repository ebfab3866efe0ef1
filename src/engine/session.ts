import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PulumiCommand } from '@pulumi/pulumi/automation/index.js';
import type { Manifest } from '../manifest/types.js';
import type { SelectedStack, Selection } from '../select/select.js';
import { DEFAULTS, defaultBackendUrl } from '../settings/defaults.js';
import { defineCjsGlobals } from './cjs-globals.js';
import { ensureProgramDependencies, npmInstall } from './dependencies.js';
import { guardOperation } from './guards.js';
import { discoverPulumi } from './pulumi-cli.js';
import type { Automation, EngineDeps, EngineRequest } from './request.js';
import { defaultSecretsProvider } from './secrets-provider.js';
import { checkStateBackend } from './state-backend.js';
import type { Operation } from './types.js';

/** What every stack of one run shares: the checked request, the backend, the CLI loaded once. */
export interface EngineSession {
  req: EngineRequest;
  deps: EngineDeps;
  manifest: Manifest;
  operation: Operation;
  /** The selection the guards let through (destroy: the one confirmed stack). */
  selection: Selection;
  backend: string;
  /** The secrets provider new stacks get (`{account}` still in it), or undefined on Pulumi Cloud. */
  secretsProvider: string | undefined;
  /** Where each stack's work dir goes. */
  workRoot: string;
  signal: AbortSignal;
  /** A selected stack by name. */
  stack(name: string): SelectedStack;
  /** The Automation API and the Pulumi CLI, loaded on first use (a run that stops early never pays for them). */
  cli(): Promise<{ auto: Automation; cmd: PulumiCommand }>;
  /** A program folder's node_modules, restored or installed once per run. */
  ensureDeps(dir: string): Promise<unknown>;
}

/** The backend the manifest names, or a local file backend under `<manifest root>/.infra-state` (refused for deploys in CI). */
export function backendUrl(manifest: Manifest): string {
  if (manifest.backend) return manifest.backend;
  const url = defaultBackendUrl(manifest.root);
  mkdirSync(url.slice('file://'.length), { recursive: true });
  return url;
}

/**
 * Starts a run: the guards (pull requests only preview, destroy confirmed) and the state backend
 * check, both bad input (exit 2) before anything else happens; then what the stacks share.
 */
export function openSession(req: EngineRequest, deps: EngineDeps): EngineSession {
  const { manifest, operation } = req;
  const selection = guardOperation(manifest, req.selection, operation, req.confirm);
  const stateWarning = checkStateBackend(manifest, operation);
  if (stateWarning) deps.log.warning(stateWarning);
  const backend = backendUrl(manifest);
  const byName = new Map(selection.stacks.map((s) => [s.stack, s]));
  let cli: ReturnType<EngineSession['cli']> | undefined;
  const installs = new Map<string, Promise<unknown>>();
  return {
    req,
    deps,
    manifest,
    operation,
    selection,
    backend,
    // Pulumi Cloud keeps each stack's data key itself; DIY backends need a provider: the manifest's, or a passphrase.
    secretsProvider: defaultSecretsProvider(manifest, backend),
    workRoot: req.workRoot ?? join(process.env.RUNNER_TEMP ?? tmpdir(), `infra-action-${process.pid}`),
    signal: req.signal ?? new AbortController().signal,
    stack: (name) => byName.get(name)!,
    cli: () => (cli ??= loadCli(req, deps)),
    ensureDeps(dir) {
      if (!installs.has(dir))
        installs.set(dir, ensureProgramDependencies(dir, { cache: deps.cache, log: deps.log.info, install: deps.install ?? npmInstall }));
      return installs.get(dir)!;
    },
  };
}

async function loadCli(req: EngineRequest, deps: EngineDeps): Promise<{ auto: Automation; cmd: PulumiCommand }> {
  defineCjsGlobals();
  const auto = await (deps.loadAutomation ?? (() => import('@pulumi/pulumi/automation/index.js')))();
  return { auto, cmd: await discoverPulumi(auto, req.pulumiVersion ?? DEFAULTS.pulumiVersion, deps.log.info) };
}
