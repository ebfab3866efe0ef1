import * as core from '@actions/core';
import { dirname, relative, resolve } from 'node:path';
import { createGitHubClient } from '../github/client.js';
import { readRunContext } from '../github/event.js';
import { logText, logWarning } from '../github/log.js';
import type { ActionSettings } from '../inputs.js';
import { loadManifest } from '../manifest/load.js';
import { escapeInline } from '../report/escape.js';
import { builtinPrograms } from '../programs-dir.js';
import { checkDeployBinding } from '../commands/check-binding.js';
import { checkPromotion } from './check.js';
import { checkRequest, PromotionInputError, promotionPath, type PromotionRequest } from './guard.js';

/**
 * `command: promote-check` — refuses (fails the step) unless the account before the one in
 * `accounts` runs every stack the commit in `ref` would deploy there, at that commit or at one whose
 * diff to it does not touch the stack (check.ts); `force: true` with a `reason` lets it through, recorded.
 */
export async function promoteCheckAction(settings: ActionSettings): Promise<void> {
  if (settings.accounts.length !== 1) {
    throw new PromotionInputError(
      `Invalid input 'accounts': promote-check needs exactly one target account, got ${settings.accounts.length ? settings.accounts.join(', ') : 'none'}.`,
    );
  }
  if (!settings.githubToken)
    throw new PromotionInputError(
      "Invalid input 'github-token': empty. promote-check reads the repository's deployments; leave the input at its default (${{ github.token }}) or pass a token with deployments: read.",
    );
  const ctx = readRunContext();
  const req: PromotionRequest = {
    to: settings.accounts[0]!,
    sha: (settings.ref ?? '').trim(),
    force: settings.force,
    reason: settings.reason,
  };
  checkRequest(req);
  const manifestPath = resolve(ctx.workspace, settings.manifest);
  const manifest = await loadManifest(manifestPath, { builtins: builtinPrograms() });
  const manifestDir = relative(ctx.workspace, dirname(manifestPath));
  const { target } = promotionPath(manifest, req.to);
  // The order (the account before `to`) and `to`'s environment (the deploy job's) must be the default branch's.
  await checkDeployBinding({
    command: settings.command,
    ctx,
    deployRef: req.sha,
    manifest,
    manifestPath,
    what: `promote ${req.sha.slice(0, 7)} to ${req.to}`,
  });
  const decision = await core.group('Checking the promotion', () =>
    checkPromotion(
      { client: createGitHubClient(settings.githubToken), repo: ctx.repository, manifest, workspace: ctx.workspace, manifestDir },
      req,
    ),
  );
  core.setOutput(
    'promotion',
    JSON.stringify({
      to: req.to,
      environment: target.environment,
      sha: req.sha,
      allowed: decision.allowed,
      forced: 'forced' in decision ? decision.forced : undefined,
      message: decision.message,
    }),
  );
  const actor = process.env.GITHUB_ACTOR ?? 'unknown';
  const heading = decision.allowed
    ? 'forced' in decision && decision.forced
      ? '⚠️ Forced promotion'
      : '✅ Promotion allowed'
    : '⛔ Promotion refused';
  await core.summary
    .addHeading(`${heading}: ${escapeInline(req.sha.slice(0, 7))} → ${escapeInline(req.to)}`, 3)
    .addRaw(`${escapeInline(decision.message, 4000)}\n\nRequested by @${escapeInline(actor)}.\n`)
    .write();
  if (!decision.allowed) throw new Error(decision.message);
  if ('forced' in decision && decision.forced) logWarning(decision.message, { title: `Forced promotion to ${req.to}` });
  else logText(decision.message);
}
