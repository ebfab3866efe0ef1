import { assumeChain, type ChainOptions } from '../auth/chain.js';
import type { AwsCredentials } from '../auth/types.js';
import { explainFailure, type KnownTrustPolicies } from '../auth/explain.js';
import { rolesFor } from '../auth/roles.js';
import type { Policy } from '../auth/policy-eval.js';
import type { TokenClaims } from '../auth/oidc-token.js';
import { executorRoleArn, hop1RoleArn } from '../manifest/naming.js';
import type { Account, Manifest, RolePair } from '../manifest/types.js';
import { makePlan } from '../plan/make-plan.js';
import { BadInput } from '../errors.js';
import { readInputFile } from '../settings/files.js';
import { escapeInline, escapePre, showControls } from '../report/escape.js';
import type { GitHubEvent } from '../select/select.js';

/** One line of the verify table: a hop that was walked (or failed). */
export interface VerifyRow {
  hop: 1 | 2;
  account: string;
  role: string;
  identity: string;
  expires: string;
  ok: boolean;
}

export interface VerifyReport {
  rows: VerifyRow[];
  /** One explanation per failed hop, for people. */
  failures: string[];
  warnings: string[];
  roles: 'deploy' | 'preview';
  /** The target sessions hop 2 obtained (never rendered): what `export-credentials` hands to later steps. */
  sessions: { account: Account; credentials: AwsCredentials }[];
}

export interface VerifyScope {
  manifest: Manifest;
  accounts: Account[];
  /** The accounts were named (`accounts` / `--account`): walk exactly them, never narrow. */
  explicit: boolean;
  roles: RolePair;
  roleKind: 'deploy' | 'preview';
  warnings: string[];
}

/**
 * The accounts `verify` walks: those the event's scope selects (all stacks, narrowed by explicit
 * accounts/projects and the workflow-testing rule), or every account when nothing is selected.
 */
export async function verifyScope(req: {
  manifestPath: string;
  event?: GitHubEvent;
  ref?: string;
  accounts?: string[];
  projects?: string[];
}): Promise<VerifyScope> {
  const { manifest, selection } = await makePlan({ ...req, selectAll: 'verify: every stack in scope' });
  if (selection.errors.length) throw new BadInput(selection.errors.join('\n'));
  const names = new Set(selection.stacks.map((s) => s.account));
  const accounts = names.size ? manifest.accounts.filter((a) => names.has(a.name)) : manifest.accounts;
  const kind = selection.roles === 'preview' || req.event === 'pull_request' ? 'preview' : 'deploy';
  const { roles, warning, kind: used } = rolesFor(manifest, kind);
  return {
    manifest,
    accounts,
    explicit: (req.accounts ?? []).length > 0,
    roles,
    roleKind: used,
    warnings: [...selection.warnings, ...(warning ? [warning] : [])],
  };
}

/**
 * In a job, a token reaches only the accounts bound to its environment (docs/trust-model.md). Unless
 * accounts were named, `verify` walks those and says which it left out, instead of failing on the
 * accounts this job is not meant to reach.
 */
export function narrowToToken(scope: VerifyScope, claims: TokenClaims | undefined): { accounts: Account[]; note?: string } {
  // A deploy job without an environment reaches nothing: walk everything so each hop says why.
  if (scope.explicit || !claims || (scope.roleKind === 'deploy' && !claims.environment)) return { accounts: scope.accounts };
  const reachable = (a: Account): boolean =>
    scope.roleKind === 'deploy' ? a.environment === claims.environment : (a.previewEnvironment ?? undefined) === claims.environment;
  const accounts = scope.accounts.filter(reachable);
  const left = scope.accounts.filter((a) => !reachable(a)).map((a) => a.name);
  if (left.length === 0) return { accounts };
  const who = claims.environment ? `GitHub environment "${claims.environment}"` : 'no GitHub environment';
  return {
    accounts,
    note: `This job runs in ${who}, so its token can reach ${accounts.length ? accounts.map((a) => a.name).join(', ') : 'no account'} only; not checked: ${left.join(', ')} (name them with accounts / --account to see why).`,
  };
}

/** The role ARNs of the accounts' chains, for a trust-policy file that holds one policy for all. */
export function chainRoleArns(scope: VerifyScope): string[] {
  return scope.accounts.flatMap((a) => [hop1RoleArn(scope.roles, a), executorRoleArn(scope.roles, a)]);
}

/** Reads a trust-policy file: one policy document (for every role), or `{ "<role ARN>": policy }`. */
export async function readTrustPolicies(file: string | undefined, roleArns: string[], where: string): Promise<KnownTrustPolicies> {
  if (!file) return {};
  const expected = 'Expected a JSON trust policy ({"Version": …, "Statement": […]}) or an object {"<role ARN>": policy}.';
  const text = await readInputFile(file, where, expected);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BadInput(`Invalid ${where}: ${file} is not JSON (${(err as Error).message}). ${expected}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new BadInput(`Invalid ${where}: ${file} holds ${Array.isArray(data) ? 'an array' : String(data)}. ${expected}`);
  if ('Statement' in data) return Object.fromEntries(roleArns.map((arn) => [arn, data as Policy]));
  const notPolicies = Object.entries(data)
    .filter(([, v]) => v === null || typeof v !== 'object' || !('Statement' in v))
    .map(([k]) => k);
  if (notPolicies.length)
    throw new BadInput(
      `Invalid ${where}: ${file}: ${notPolicies.map((k) => JSON.stringify(k)).join(', ')} ${notPolicies.length === 1 ? 'is' : 'are'} not a policy with a Statement. ${expected}`,
    );
  return data as KnownTrustPolicies;
}

/** Walks the chain for every account in scope; never throws for a denied hop, it reports it. */
export async function runVerify(scope: VerifyScope, chainOptions: ChainOptions, policies: KnownTrustPolicies = {}): Promise<VerifyReport> {
  const chain = assumeChain(scope.accounts, scope.roles, chainOptions);
  const rows: VerifyRow[] = [];
  const failures: string[] = [];
  const sessions: VerifyReport['sessions'] = [];
  const warnings = [...scope.warnings];
  const context = {
    kind: scope.roleKind,
    managementAccountId: scope.manifest.management.accountId,
    roles: scope.roles,
    accounts: scope.manifest.accounts,
  };
  const expires = (d?: Date): string => (d ? d.toISOString().replace('.000Z', 'Z') : 'does not expire');
  let accounts = scope.accounts;
  try {
    const narrowed = narrowToToken(scope, await chain.fetchClaims());
    accounts = narrowed.accounts;
    if (narrowed.note) warnings.push(narrowed.note);
  } catch (err) {
    rows.push({ hop: 1, account: 'management', role: scope.roles.oidcRoleBaseArn + '-…', identity: '—', expires: '—', ok: false });
    failures.push(explainFailure(err, policies, context));
    return { rows, failures, warnings, roles: scope.roleKind, sessions };
  }
  const hop1Done = new Set<string>();
  for (const account of accounts) {
    const hop1 = chain.hop1Role(account);
    if (!hop1Done.has(hop1)) {
      hop1Done.add(hop1);
      const label = chain.mode === 'oidc' ? account.name : 'management';
      try {
        const mgmt = await chain.management(account);
        const who = await chain.whoAmI(mgmt);
        rows.push({ hop: 1, account: label, role: hop1, identity: who.arn, expires: expires(mgmt.expiration), ok: true });
      } catch (err) {
        rows.push({ hop: 1, account: label, role: hop1, identity: '—', expires: '—', ok: false });
        failures.push(explainFailure(err, policies, context));
        continue;
      }
    }
    const role = executorRoleArn(chain.roles, account);
    try {
      const creds = await chain.forAccount(account);
      const who = await chain.whoAmI(creds);
      const ok = who.account === account.id;
      rows.push({ hop: 2, account: account.name, role, identity: who.arn, expires: expires(creds.expiration), ok });
      if (ok) sessions.push({ account, credentials: creds });
      if (!ok)
        failures.push(
          `Account ${account.name}: the executor session belongs to account ${who.account}, but infra.yaml says ${account.id}. Fix the account id in infra.yaml or the executorRole ARN.`,
        );
    } catch (err) {
      rows.push({ hop: 2, account: account.name, role, identity: '—', expires: '—', ok: false });
      failures.push(explainFailure(err, policies, context));
    }
  }
  if (accounts.length === 0 && failures.length === 0)
    failures.push(`No account in scope can be reached by this job's token. ${warnings.at(-1) ?? ''}`.trim());
  return { rows, failures, warnings, roles: scope.roleKind, sessions };
}

const HEAD = ['hop', 'account', 'role', 'assumed identity', 'expires'];
const cells = (r: VerifyRow): string[] =>
  [`${r.ok ? '✓' : '✗'} ${r.hop}`, r.account, r.role, r.identity, r.expires].map((c) => showControls(c));

/** A fixed-width table for logs and terminals. */
export function renderVerifyText(report: VerifyReport): string {
  const table = [HEAD, ...report.rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const lines = table.map((row) =>
    row
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
  const out = [`Role chain (${report.roles} roles):`, ...lines];
  for (const w of report.warnings) out.push('', `warning: ${showControls(w)}`);
  for (const f of report.failures) out.push('', showControls(f, true));
  out.push('', report.failures.length ? `✗ ${report.failures.length} hop(s) failed.` : '✓ Every hop works.');
  return out.join('\n');
}

/** The job summary: the same table in Markdown, explanations in code blocks. */
export function renderVerifyMarkdown(report: VerifyReport): string {
  const md = [
    `## Role chain check (${report.roles} roles): ${report.failures.length ? '✗ failed' : '✓ ok'}`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
  ];
  for (const r of report.rows)
    md.push(
      `| ${cells(r)
        .map((c) => escapeInline(c, 2000))
        .join(' | ')} |`,
    );
  for (const w of report.warnings) md.push('', `> [!WARNING]\n> ${escapeInline(w, 2000)}`);
  for (const f of report.failures) md.push('', `<pre>${escapePre(f)}</pre>`);
  return md.join('\n') + '\n';
}
