import { readStackBaselines } from '../github/baselines.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/deployments.js';
import { gitDiff } from '../github/git-diff.js';
import type { Account, Manifest } from '../manifest/types.js';
import { allStacks, type StackRef } from '../manifest/naming.js';
import { selectSinceBaselines, type StackBaseline } from '../select/baseline.js';
import { relativeTo, type ChangedFile } from '../select/changes.js';
import { selectStacks } from '../select/select.js';
import { checkRequest, promotionPath, type PromotionDecision, type PromotionRequest } from './guard.js';

/**
 * The promotion guard by coverage (docs/deploy-baselines.md): commit C may go to account N when, for
 * every stack C would deploy there, the account before N runs that stack's project at C — or at a
 * commit whose diff to C does not touch the stack — and that deploy succeeded. Release tags use the
 * same rule, so a tag on a commit that changed nothing itself passes once the previous account is
 * at an equivalent commit.
 */
export interface CoverageContext {
  client: GitHubClient;
  repo: RepoRef;
  manifest: Manifest;
  /** The checkout (git diffs run here) and the manifest's folder relative to it. */
  workspace: string;
  manifestDir: string;
}

const short = (sha: string) => sha.slice(0, 7);

export async function checkPromotion(ctx: CoverageContext, req: PromotionRequest): Promise<PromotionDecision> {
  checkRequest(req);
  const { manifest } = ctx;
  const { target, previous } = promotionPath(manifest, req.to);
  if (!previous)
    return { allowed: true, message: `${req.to} is the first account in promotion order; there is no earlier account to check.` };
  const diffs = new Map<string, ChangedFile[]>();
  const diff = async (sha: string) => {
    let d = diffs.get(sha);
    if (!d) diffs.set(sha, (d = relativeTo(await gitDiff(ctx.workspace, sha, req.sha), ctx.manifestDir)));
    return d;
  };
  const stacksOf = (a: Account) => allStacks(manifest).filter((s) => s.account === a.name);
  const read = (a: Account) =>
    readStackBaselines(
      ctx.client,
      ctx.repo,
      a.environment,
      stacksOf(a).map((s) => s.stack),
    ).then((r) => new Map(r.baselines.map((b) => [b.stack, b])));

  const here = await read(target);
  for (const b of here.values()) if (b.sha && b.sha !== req.sha) await diff(b.sha);
  const wouldDeploy = selectSinceBaselines({ manifest, account: target.name, head: req.sha, baselines: [...here.values()], diffs });
  if (wouldDeploy.length === 0) {
    return {
      allowed: true,
      previous,
      message: `${short(req.sha)} changes no stack of ${req.to} since what succeeded there; nothing to promote.`,
    };
  }
  const before = await read(previous);
  const blocks: string[] = [];
  for (const s of wouldDeploy) {
    const peers = peersIn(stacksOf(previous), s);
    for (const peer of peers) {
      const b = before.get(peer.stack);
      const why = await blocking(b, s, req.sha, diff, manifest, target.name);
      if (why) blocks.push(`${s.stack} (${why}; ${previous.name}: ${where(b)}, ${req.to}: ${where(here.get(s.stack))})`);
    }
  }
  if (blocks.length === 0) {
    return {
      allowed: true,
      previous,
      message: `${previous.name} runs every stack ${short(req.sha)} would deploy to ${req.to} at ${short(req.sha)} or an equivalent commit (${wouldDeploy.map((s) => s.stack).join(', ')}); promoting it.`,
    };
  }
  const why = `in ${previous.name}, ${blocks.join('; ')}`;
  if (req.force)
    return {
      allowed: true,
      previous,
      forced: { reason: req.reason.trim() },
      message: `Forced: ${short(req.sha)} goes to ${req.to} although ${why}. Reason: ${req.reason.trim()}`,
    };
  return {
    allowed: false,
    previous,
    message: `Refusing to promote ${short(req.sha)} to ${req.to}: ${why}. Deploy ${short(req.sha)} to ${previous.name} first, or run again with force: true and a reason.`,
  };
}

/** The previous account's stacks that stand for `s` there: same project, same region when it has one. */
function peersIn(stacks: StackRef[], s: StackRef): StackRef[] {
  const same = stacks.filter((x) => x.project === s.project);
  const region = same.filter((x) => x.region === s.region);
  return region.length > 0 ? region : same;
}

async function blocking(
  b: StackBaseline | undefined,
  s: StackRef,
  head: string,
  diff: (sha: string) => Promise<ChangedFile[]>,
  manifest: Manifest,
  account: string,
): Promise<string | undefined> {
  if (!b?.sha) return 'never succeeded there';
  if (b.sha === head) return undefined;
  const touched = selectStacks({ manifest, changes: await diff(b.sha), accounts: [account] }).stacks.find((x) => x.stack === s.stack);
  return touched ? `its last success there is ${short(b.sha)}, whose diff to ${short(head)} touches it: ${touched.reasons[0]}` : undefined;
}

function where(b: StackBaseline | undefined): string {
  return b?.sha ? `at ${short(b.sha)} (deployment #${b.deployment})` : 'no successful deployment';
}
