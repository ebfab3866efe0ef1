import { join } from 'node:path';
import type { Account } from '../manifest/types.js';
import { targetEnv } from './credentials.js';
import { openStack, type OpenedStack } from './open-stack.js';
import { pathWithOwnNode } from './program-node.js';
import type { PulumiEnv, ServedCredentials } from './served-credentials.js';
import type { EngineSession } from './session.js';
import { backendStackName, forAccount, layeredConfig, programDir, pulumiProjectName } from './stack-config.js';
import { writeWorkspaceDir } from './workspace-dir.js';

/** Prepares a stack once, whoever asks first (the scheduler ahead of time, or the stack's run). */
export type StackPreparer = (name: string) => Promise<OpenedStack>;

/** A memoizing preparer for the run; a failure is surfaced when the stack runs, not when it was prepared ahead. */
export function stackPreparer(session: EngineSession, served: ServedCredentials): StackPreparer {
  const prepared = new Map<string, Promise<OpenedStack>>();
  return (name) => {
    let p = prepared.get(name);
    if (!p) {
      p = prepareStack(session, served, name);
      p.catch(() => undefined); // surfaced when the stack runs
      prepared.set(name, p);
    }
    return p;
  };
}

/** A folder or file name for a stack (`acme/network/aws-sandbox-us-east-1` → `acme_network_aws-sandbox-us-east-1`). */
const safeName = (stack: string): string => stack.replace(/[^\w.-]+/g, '_');

/**
 * One stack's work dir (its own Pulumi.yaml and layered settings file), its program's
 * dependencies, its environment, and its Pulumi stack: selected, created, or a first preview's
 * throwaway (open-stack.ts).
 */
async function prepareStack(session: EngineSession, served: ServedCredentials, name: string): Promise<OpenedStack> {
  const { manifest } = session;
  const s = session.stack(name);
  const project = manifest.projects.find((x) => x.name === s.project)!;
  const account = manifest.accounts.find((a) => a.name === s.account)!;
  const dir = programDir(manifest, project);
  await session.ensureDeps(dir);
  const workDir = join(session.workRoot, safeName(s.stack));
  const settingsFile = writeWorkspaceDir({
    workDir,
    programDir: dir,
    account: s.account,
    region: s.region,
    layered: layeredConfig(manifest, project, s.account, s.region),
  });
  const envVars = await pulumiEnv(session, served, account, s.region);
  const { auto, cmd } = await session.cli();
  return openStack({
    auto,
    cmd,
    operation: session.operation,
    backendName: backendStackName(session.backend, manifest.org, pulumiProjectName(dir) ?? project.name, s.account, s.region),
    workDir,
    settingsFile,
    envVars,
    secretsProvider: session.secretsProvider === undefined ? undefined : forAccount(session.secretsProvider, s.account),
    throwawayDir: join(session.workRoot, 'first-preview', safeName(s.stack)),
    log: session.deps.log.info,
  });
}

/** The stack's Pulumi process environment: its account's served sessions (served-credentials.ts), state prefix and target. */
async function pulumiEnv(session: EngineSession, served: ServedCredentials, account: Account, region: string): Promise<PulumiEnv> {
  return {
    ...(await served.envFor(account)),
    PULUMI_BACKEND_URL: forAccount(session.backend, account.name),
    PULUMI_SKIP_UPDATE_CHECK: 'true',
    PATH: pathWithOwnNode(),
    ...targetEnv(account, region),
  };
}
