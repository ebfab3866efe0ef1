import { ChainError } from './errors.js';
import type { TokenClaims } from './oidc-token.js';
import type { Account, RolePair } from '../manifest/types.js';
import { evaluatePolicy, type Policy } from './policy-eval.js';
import { bindingHint, expectedTrustPolicies, type RoleKind } from './trust-model.js';

/** Trust policies `verify` could read, keyed by role ARN (from a file the user passes). */
export type KnownTrustPolicies = Record<string, Policy>;

/** What the explanation knows of the manifest: it rebuilds the trust the bootstrap programs create. */
export interface ExplainContext {
  kind: RoleKind;
  managementAccountId: string;
  roles: RolePair;
  accounts: Account[];
}

const OIDC_HOST = 'token.actions.githubusercontent.com';

const ID_TOKEN_YAML = `permissions:
  id-token: write   # lets the job ask GitHub for an OIDC token
  contents: read`;

/**
 * Says which hop failed, why, and the fix, for people reading a job log or a terminal. Knows the
 * traps users hit with GitHub OIDC and role chaining.
 */
export function explainFailure(err: unknown, policies: KnownTrustPolicies = {}, context?: ExplainContext): string {
  if (!(err instanceof ChainError)) return `The role chain failed: ${(err as Error)?.message ?? String(err)}`;
  const d = err.details;
  const lines: string[] = [err.message, ''];
  if (d.code === 'CallTimeoutError' || d.code === 'Throttling' || d.code === 'ServiceUnavailable' || d.code === 'InternalFailure') {
    lines.push(
      `STS (${d.endpoint}) kept failing after ${d.attempts ?? 1} attempt(s). This is not a permissions problem: check the network path to STS (proxy, VPC endpoint, AWS_ENDPOINT_URL_STS) and AWS health, then re-run.`,
    );
    return lines.join('\n');
  }
  if (err.hop === 0) return [...lines, ...explainNoToken(err)].join('\n');
  if (err.hop === 1) return [...lines, ...explainHop1(err, policies, context)].join('\n');
  return [...lines, ...explainHop2(err, policies, context)].join('\n');
}

function explainNoToken(err: ChainError): string[] {
  if (err.details.code !== 'NoTokenEndpoint') {
    return [
      'GitHub did not hand out an OIDC token. The token service answered with an error (see above); re-run the job, and check https://www.githubstatus.com.',
    ];
  }
  return [
    'The job cannot ask GitHub for an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set.',
    'Cause 1: the workflow (or the job) lacks the id-token permission. Add to the calling job:',
    '',
    ...ID_TOKEN_YAML.split('\n').map((l) => `    ${l}`),
    '',
    '  A reusable workflow gets only what its caller grants, so the caller job needs it too.',
    'Cause 2: a pull request from a fork. GitHub gives fork PRs no OIDC token (and no secrets), by design;',
    '  run previews of fork PRs after a maintainer review (for example a labelled pull_request_target job that checks out the trusted base), or skip them.',
  ];
}

function claimLines(c: TokenClaims | undefined): string[] {
  if (!c) return ['  (the token could not be decoded)'];
  const keys = ['sub', 'aud', 'ref', 'environment', 'job_workflow_ref', 'repository', 'event_name'] as const;
  return keys.filter((k) => c[k] !== undefined).map((k) => `  ${k.padEnd(17)} ${String(c[k])}`);
}

/** The user's policy for the role, else the one the bootstrap programs create; with a label for people. */
function policyFor(
  roleArn: string | undefined,
  policies: KnownTrustPolicies,
  expected: KnownTrustPolicies,
): { policy?: Policy; given: boolean } {
  if (!roleArn) return { given: false };
  if (policies[roleArn]) return { policy: policies[roleArn], given: true };
  return { policy: expected[roleArn], given: false };
}

function explainHop1(err: ChainError, policies: KnownTrustPolicies, context?: ExplainContext): string[] {
  const d = err.details;
  if (d.mode === 'ambient') {
    return [
      'No usable AWS credentials on this machine for the first hop.',
      'Sign in first (e.g. `aws sso login --profile NAME`) and pass `--profile NAME`, or export AWS credentials for a role the executor roles trust.',
    ];
  }
  const c = d.claims;
  const sub = c?.sub ?? '';
  const out: string[] = [`GitHub's token was refused by the trust policy of ${d.roleArn}.`, '', 'The token says:', ...claimLines(c), ''];
  if (d.code === 'InvalidIdentityToken' || d.code === 'ExpiredTokenException') {
    out.push(
      `STS did not accept the token itself (${d.code}): the management account needs an IAM OIDC provider for https://${OIDC_HOST} with audience (client id) "sts.amazonaws.com"; the bootstrap-management program creates it.`,
    );
    return out;
  }
  const account = context?.accounts.find((a) => a.name === d.account?.name);
  const expected = context && account ? expectedTrustPolicies({ ...context, accounts: [account], claims: c }) : {};
  const { policy, given } = policyFor(d.roleArn, policies, expected);
  if (policy && c) {
    const decision = evaluatePolicy(policy, {
      actions: ['sts:AssumeRoleWithWebIdentity'],
      principal: { type: 'Federated', value: findFederated(policy) ?? `oidc-provider/${OIDC_HOST}` },
      context: { [`${OIDC_HOST}:sub`]: c.sub, [`${OIDC_HOST}:aud`]: Array.isArray(c.aud) ? c.aud : c.aud },
    });
    const source = given
      ? 'The trust policy you gave'
      : `The trust bootstrap-management gives ${d.roleArn?.split('/').pop()} (docs/trust-model.md)`;
    out.push(
      decision.allowed
        ? `${source} allows this token; the role in AWS must have a different one (re-run bootstrap-management; see the migration note in docs/trust-model.md).`
        : `${source} refuses it:`,
    );
    out.push(...decision.reasons.map((r) => `  ✗ ${r}`));
  } else {
    out.push(
      'A trust policy must allow, for the Federated principal arn:aws:iam::<management>:oidc-provider/token.actions.githubusercontent.com:',
    );
    out.push(`  StringEquals ${OIDC_HOST}:aud = "sts.amazonaws.com"`);
    out.push(`  StringEquals ${OIDC_HOST}:sub = "${sub}"`);
  }
  const hints = account && context ? bindingHint(c, account, context.kind) : [];
  out.push('', ...(hints.length ? ['Why:', ...hints, ''] : []), ...hop1Traps(c, d.roleArn ?? '', policy));
  return out;
}

function findFederated(policy: Policy): string | undefined {
  for (const s of Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]) {
    const f = s.Principal !== '*' ? s.Principal?.Federated : undefined;
    if (f) return Array.isArray(f) ? f[0] : f;
  }
  return undefined;
}

/** The known ways a correct-looking setup still fails hop 1. */
export function hop1Traps(c: TokenClaims | undefined, roleArn: string, policy?: Policy): string[] {
  const sub = c?.sub ?? '';
  const allowed = JSON.stringify(policy ?? {});
  const traps: string[] = ['Common causes:'];
  if (c?.environment)
    traps.push(
      `- The job runs in environment "${c.environment}", so sub is "…:environment:${c.environment}", not "…:ref:…". Each deploy role trusts exactly one environment (bootstrap-management \`accounts[].environment\`).`,
    );
  if (c?.event_name === 'pull_request' || sub.endsWith(':pull_request')) {
    traps.push(
      '- This is a pull_request token (sub "…:pull_request"). Deploy roles never trust PRs: name the read-only `previewRole` pair in infra.yaml for previews, trusted for pull_request only.',
    );
  }
  if (/^repo:[^/]+@\d+\//.test(sub))
    traps.push(
      '- The repository uses the immutable sub form "repo:ORG@OWNER_ID/REPO@REPO_ID:…" (repositories created after 2026-07-15). The trust policy must use that form.',
    );
  else if (allowed.includes('@') && /repo:[^"/]+@\d+/.test(allowed))
    traps.push('- The trust policy uses the immutable "repo:ORG@OWNER_ID/REPO@REPO_ID" form but this token uses "repo:ORG/REPO".');
  const policySubs = [...allowed.matchAll(/repo:[^"]+/g)].map((m) => m[0]);
  const repoOf = (s: string): string => /^repo:([^:]+):/.exec(s)?.[1] ?? '';
  if (policySubs.some((p) => repoOf(p).toLowerCase() === repoOf(sub).toLowerCase() && repoOf(p) !== repoOf(sub)))
    traps.push(
      '- Case: the policy names the organisation or repository in a different case. sub matching is case-sensitive; copy the exact case from the token above.',
    );
  if (
    c?.repository &&
    policySubs.length &&
    !policySubs.some((p) => p.toLowerCase().startsWith(`repo:${c.repository!.toLowerCase()}:`) || /repo:[^/]+@\d+/.test(p))
  ) {
    traps.push(
      `- The trust policy names another repository; this token comes from ${c.repository}. A fork or a copy of the repository is a different repository.`,
    );
  }
  if (c?.job_workflow_ref && c.repository && !c.job_workflow_ref.startsWith(`${c.repository}/`)) {
    traps.push(
      `- The job runs a reusable workflow (${c.job_workflow_ref}); sub still names the calling repository, so trust the caller's repository (job_workflow_ref is not a condition key IAM offers).`,
    );
  }
  if (/github/i.test(roleArn.split('/').pop() ?? '')) {
    traps.push(
      '- The role name contains "GitHub"; this has been reported to fail with a misleading AssumeRoleWithWebIdentity denial (configure-aws-credentials #953, #1093). If the policy looks right, try a role name without it.',
    );
  }
  traps.push('- The aud claim must be "sts.amazonaws.com" and the OIDC provider must list it as a client id.');
  return traps;
}

function explainHop2(err: ChainError, policies: KnownTrustPolicies, context?: ExplainContext): string[] {
  const d = err.details;
  const from = d.fromRoleArn ?? 'your ambient (SSO) role';
  const out: string[] = [];
  if (d.code === 'ValidationError' && /DurationSeconds|1 hour/i.test(String((d.cause as Error)?.message ?? err.message))) {
    return [
      'A role assumed from another role (role chaining) lasts at most 1 hour: DurationSeconds must be ≤ 3600 on this hop. Long runs get fresh sessions through the credential_process profile instead.',
    ];
  }
  const accountInArn = /arn:aws[\w-]*:iam::(\d{12}):/.exec(d.roleArn ?? '')?.[1];
  out.push(
    `The executor role ${d.roleArn} in account ${d.account?.name ?? '?'} (${d.account?.id ?? accountInArn ?? '?'}) refused ${from}.`,
  );
  const account = context?.accounts.find((a) => a.name === d.account?.name);
  const expected = context && account ? expectedTrustPolicies({ ...context, accounts: [account] }) : {};
  const { policy, given } = policyFor(d.roleArn, policies, expected);
  if (policy && d.fromRoleArn) {
    const decision = evaluatePolicy(policy, {
      actions: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
      principal: { type: 'AWS', value: d.fromRoleArn },
      context: { 'aws:PrincipalArn': d.fromRoleArn },
    });
    const source = given ? 'The trust policy you gave' : 'The trust bootstrap-account gives this executor (docs/trust-model.md)';
    out.push(
      decision.allowed
        ? `${source} allows it, so the role in that account trusts someone else: the account id is wrong (an executor trusts only its own account's deploy role, GitHubActionsOIDCRole-<account>) or the account was bootstrapped before per-account roles (re-run bootstrap-account).`
        : `${source} refuses it:`,
      ...decision.reasons.map((r) => `  ✗ ${r}`),
    );
  }
  out.push(
    'Check, in this order:',
    `- Does the role exist in that account? The manifest says account ${d.account?.name ?? '?'} is ${d.account?.id ?? '?'}; a wrong account id (or a role name typo in executorRole) gives exactly this denial.`,
    `- Its trust policy must name this account's own deploy role as principal: "Principal": {"AWS": "${d.fromRoleArn ?? '<your role ARN>'}"}; an executor never trusts another account's deploy role.`,
    '- …and allow all three actions: "sts:AssumeRole", "sts:TagSession" (session tags) and "sts:SetSourceIdentity" (the GitHub actor as source identity). Missing either of the last two fails the whole call.',
    `- The management role's own permissions must allow sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity on ${d.roleArn} (bootstrap-management allows each deploy role only its own account's executor).`,
  );
  return out;
}
