import { relative, resolve } from 'node:path';
import { BadInput } from '../errors.js';
import { readAtBranch, trustedSourceFor } from '../github/default-branch.js';
import type { RunContext } from '../github/event.js';
import { logText } from '../github/log.js';
import { bindingDifferences, bindingRefusal, parseBinding } from '../manifest/deploy-binding.js';
import type { Manifest } from '../manifest/types.js';
import type { Command } from '../settings/values.js';

/**
 * Refuses (BadInput, exit 2) a deploy-deciding run whose manifest binds accounts differently from
 * the manifest on the default branch (docs/trust-model.md, "Trusted sources"): the commit under
 * deployment may not choose the accounts, their order, ids or GitHub environments. When it passes,
 * the commit's binding is the default branch's, so everything built from the manifest after this
 * (the plan's matrix and stages, the workflow-testing account, promote-check's order and
 * environment) carries the trusted values.
 */
export async function checkDeployBinding(req: {
  command: Command;
  ctx: RunContext;
  deployRef?: string;
  manifest: Manifest;
  /** The manifest file, absolute or relative to the working directory. */
  manifestPath: string;
  /** What is refused, for the message ("up abc1234", "promote abc1234 to production"). */
  what: string;
}): Promise<void> {
  const { ctx, manifest } = req;
  const source = trustedSourceFor({
    command: req.command,
    eventName: ctx.eventName,
    ref: ctx.ref,
    sha: ctx.sha,
    deployRef: req.deployRef,
    defaultBranch: ctx.payload.repository?.default_branch,
  });
  if (!source.check) return;
  const { branch } = source;
  const at = await readAtBranch(resolve(req.manifestPath), branch);
  // Named as the workflow's `manifest` input names it: relative to the workspace.
  const file = relative(ctx.workspace, resolve(req.manifestPath)) || req.manifestPath;
  if ('missing' in at) {
    throw new BadInput(
      `Refusing to ${req.what}: ${file} does not exist on the default branch ${branch} (${at.missing}) yet. Deploys take the accounts, their order and GitHub environments from the default branch, so a repository adopting infra-action deploys first from its push to ${branch}: merge the manifest first. Nothing was deployed.`,
    );
  }
  const differences = bindingDifferences(parseBinding(at.text, `${file} on ${branch}`), manifest, branch);
  if (differences.length > 0) throw new BadInput(bindingRefusal(req.what, file, branch, differences));
  logText(`Accounts, order and environments: as on ${branch} (${at.ref}).`);
}

/**
 * Pull requests: each account's preview environment as the default branch declares it — what
 * pipeline.yml's preview job binds to — so a pull request's own manifest cannot steer its preview
 * jobs into another GitHub environment. An account the default branch does not declare previews
 * without one. When the default branch's manifest cannot be read every account previews without
 * one (an account whose preview role trusts only its preview environment is then refused by IAM,
 * and `verify` explains it); `warnings` say why, and name each value the pull request changes.
 */
export async function trustedPreviewEnvironments(req: {
  ctx: RunContext;
  manifest: Manifest;
  manifestPath: string;
}): Promise<{ environments: Map<string, string>; warnings: string[] }> {
  const environments = new Map<string, string>();
  const branch = req.ctx.payload.repository?.default_branch?.trim();
  const fallback = (why: string) => ({
    environments,
    warnings: [`Previews run without a preview environment: ${why}. An account whose previews need one is refused by IAM.`],
  });
  if (!branch) return fallback('the event payload names no repository.default_branch');
  let binding;
  try {
    const at = await readAtBranch(resolve(req.manifestPath), branch);
    if ('missing' in at) return fallback(`the default branch ${branch} has no manifest yet`);
    binding = parseBinding(at.text, `the manifest on ${branch}`);
  } catch (err) {
    if (!(err instanceof BadInput)) throw err;
    return fallback(err.message);
  }
  for (const a of binding.accounts) environments.set(a.name, a.previewEnvironment ?? '');
  const warnings = req.manifest.accounts
    .filter((a) => (a.previewEnvironment ?? '') !== (environments.get(a.name) ?? ''))
    .map(
      (a) =>
        `${a.name}: this pull request sets previewEnvironment to ${JSON.stringify(a.previewEnvironment ?? '')}; previews use ${JSON.stringify(environments.get(a.name) ?? '')} from ${branch} until it is merged.`,
    );
  return { environments, warnings };
}
