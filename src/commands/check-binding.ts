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
