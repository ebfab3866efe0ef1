import type { ConfigSchema } from '../../shared/config-schema.js';
import type { CredentialProvider } from '../auth/types.js';
import type { Manifest } from '../manifest/types.js';
import type { Selection } from '../select/select.js';
import type { DependencyCache } from './dependencies.js';
import type { RetrySettings } from './retry.js';
import type { Operation, StackResult } from './types.js';

/** The Automation API module (@pulumi/pulumi/automation), loaded lazily. */
export type Automation = typeof import('@pulumi/pulumi/automation/index.js');

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
  /** Called as each stack ends, before the run does (tests order their checks by it). */
  onStackResult?: (result: StackResult) => void | Promise<void>;
}

/** Operations that change what is deployed: an account's failure stops them (scheduler.ts, chain-gate.ts). */
export function changesState(operation: Operation): boolean {
  return operation === 'up' || operation === 'refresh' || operation === 'destroy';
}
