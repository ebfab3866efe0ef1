import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { makePlan, type PlanResult } from '../../src/plan/make-plan.js';

/** The Pulumi CLI contract double's folder; put it first on PATH. */
export const DOUBLE_BIN = resolve(dirname(new URL(import.meta.url).pathname), '../support/pulumi-double');

export interface RepoSpec {
  org?: string;
  accounts?: { name: string; regions: string[]; protected?: boolean }[];
  projects: { name: string; dependsOn?: string[]; program?: string; config?: string }[];
  /** Extra files, path → content, relative to the repo root. */
  files?: Record<string, string>;
  /**
   * The manifest's `backend`: default a file backend in its own temp folder, outside the repo (CI
   * deploys refuse state inside the workspace); `false` names none (the default `.infra-state/`).
   */
  backend?: string | false;
  /** The manifest's `secretsProvider`, if any. */
  secretsProvider?: string;
}

/** Writes an infra repo (manifest, one repo program per project) into a temp dir; returns the manifest path. */
export function makeInfraRepo(spec: RepoSpec): string {
  const root = mkdtempSync(join(tmpdir(), 'infra-repo-'));
  const accounts = spec.accounts ?? [{ name: 'sandbox', regions: ['us-east-1'] }];
  const backend = spec.backend ?? `file://${mkdtempSync(join(tmpdir(), 'infra-state-'))}`;
  const lines = [
    `org: ${spec.org ?? 'acme'}`,
    ...(backend === false ? [] : [`backend: ${backend}`]),
    ...(spec.secretsProvider ? [`secretsProvider: ${spec.secretsProvider}`] : []),
    'management: { accountId: "000000000000", oidcRole: GitHubActionsOIDCRole }',
    'executorRole: Executor',
    'accounts:',
    ...accounts.map(
      (a, i) =>
        `  - { name: ${a.name}, id: "${String(i + 1).repeat(12)}", regions: [${a.regions.join(', ')}]${a.protected ? ', protected: true' : ''} }`,
    ),
    'projects:',
    ...spec.projects.map(
      (p) =>
        `  - { name: ${p.name}, program: ${p.program ?? `./programs/${p.name}`}, paths: ["${p.name}/**"]${p.dependsOn?.length ? `, dependsOn: [${p.dependsOn.join(', ')}]` : ''}${p.config ? `, config: ${p.config}` : ''} }`,
    ),
  ];
  writeFileSync(join(root, 'infra.yaml'), lines.join('\n') + '\n');
  for (const p of spec.projects) {
    if (p.program) continue;
    mkdirSync(join(root, 'programs', p.name), { recursive: true });
    writeFileSync(join(root, 'programs', p.name, 'Pulumi.yaml'), `name: ${p.name}\nruntime: nodejs\n`);
  }
  for (const [path, text] of Object.entries(spec.files ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return join(root, 'infra.yaml');
}

/** Plans every stack of the repo (as a schedule or a dispatch of everything would). */
export function planAll(manifestPath: string, event: 'push' | 'pull_request' = 'push'): Promise<PlanResult> {
  return makePlan({ manifestPath, selectAll: 'test: every stack', event });
}

export interface DoubleCall {
  argv: string[];
  cwd: string;
  started: number;
  ended: number;
  backend?: string;
  exit?: number;
  cancelled?: boolean;
  config?: string;
  /** The first `node` on the CLI's PATH, the one a language host would start. */
  programNode?: { path: string | null; version: string | null };
  /** Config keys whose secure values the operation decrypted with the stack's own key. */
  decrypted?: string[];
  /** SHA-256 (hex) of each decrypted value's plaintext: the exact value, never the value itself. */
  decryptedSha256?: Record<string, string>;
  /** What the stack's process was told about its account (INFRA_TARGET_ACCOUNT, INFRA_TARGET_PROTECTED). */
  target?: { account?: string; protected?: string };
}

/** One stack's scenario for the double (see the header of test/support/pulumi-double/pulumi). */
export interface DoubleScenario {
  fail?: string;
  times?: number;
  noChanges?: boolean;
  /** Changed in the cloud behind the state's back; seen only by `preview --refresh`. */
  drift?: { name: string; type?: string; properties?: Record<string, string>; deleted?: boolean }[];
  /** Extra steps with names a hostile program might choose. */
  resources?: { op: string; type: string; name: string; diffs?: string[] }[];
  /** Text the program writes to stdout. */
  print?: string;
  /** `config set` fails for the stack: a KMS denial, or an error quoting the value. */
  failConfigSet?: 'kms' | 'echo';
}

/** Rewrites the scenario of a double made by useDouble (between runs of one test). */
export function setScenario(scenario: Record<string, DoubleScenario>): void {
  writeFileSync(process.env.PULUMI_DOUBLE_SCENARIO!, JSON.stringify(scenario));
}

/** A fresh state dir for the double, wired through the environment; returns helpers to read its log. */
/**
 * The environment a bundle run needs to reach this test's Pulumi CLI double (useDouble), on the
 * process's AWS environment instead of a role chain (no OIDC issuer in such tests).
 */
export function doubleEnv(): Record<string, string> {
  return {
    PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
    PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
    PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
    PULUMI_DOUBLE_DEPLOYED: process.env.PULUMI_DOUBLE_DEPLOYED ?? '',
    PULUMI_DOUBLE_LATENCY_MS: '0',
    PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
    INFRA_ACTION_CREDENTIALS: 'ambient',
  };
}

/**
 * A fresh Pulumi CLI double for this test. `deployed`: every stack already has state (as if an
 * earlier `up` created it), which a drift check needs; otherwise stacks exist once created.
 */
export function useDouble(
  opts: { latencyMs?: number; overlap?: number; scenario?: Record<string, DoubleScenario>; deployed?: boolean } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'pulumi-double-'));
  process.env.PULUMI_DOUBLE_DIR = dir;
  process.env.PULUMI_DOUBLE_DEPLOYED = opts.deployed ? '1' : '';
  process.env.PULUMI_DOUBLE_LATENCY_MS = String(opts.latencyMs ?? 0);
  process.env.PULUMI_DOUBLE_OVERLAP = String(opts.overlap ?? 0);
  const scenario = join(dir, 'scenario.json');
  writeFileSync(scenario, JSON.stringify(opts.scenario ?? {}));
  process.env.PULUMI_DOUBLE_SCENARIO = scenario;
  if (!process.env.PATH?.startsWith(DOUBLE_BIN)) process.env.PATH = `${DOUBLE_BIN}:${process.env.PATH}`;
  process.env.PULUMI_CONFIG_PASSPHRASE = 'test-passphrase';
  return {
    dir,
    calls(): DoubleCall[] {
      const f = join(dir, 'calls.jsonl');
      return existsSync(f)
        ? readFileSync(f, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as DoubleCall)
        : [];
    },
    /** Stacks whose operation has started (signal handlers installed), in start order. */
    started(): string[] {
      const f = join(dir, 'started.jsonl');
      return existsSync(f)
        ? readFileSync(f, 'utf8')
            .trim()
            .split('\n')
            .map((l) => (JSON.parse(l) as { stack: string }).stack)
        : [];
    },
    operations(): DoubleCall[] {
      return this.calls().filter((c) => ['preview', 'up', 'refresh', 'destroy'].includes(c.argv[0]));
    },
    /** Operations' starts and ends in the order they happened (no clock involved). */
    timeline(): { stack: string; ev: 'start' | 'end' }[] {
      const f = join(dir, 'timeline.jsonl');
      return existsSync(f)
        ? readFileSync(f, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as { stack: string; ev: 'start' | 'end' })
        : [];
    },
    /** Most operations running at once, from the timeline. */
    maxConcurrent(): number {
      let running = 0;
      let max = 0;
      for (const e of this.timeline()) max = Math.max(max, (running += e.ev === 'start' ? 1 : -1));
      return max;
    },
  };
}

/** The stack a double call was for. */
export function stackOf(call: DoubleCall): string | undefined {
  const i = call.argv.indexOf('--stack');
  return i >= 0 ? call.argv[i + 1] : undefined;
}
