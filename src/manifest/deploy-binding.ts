import { parseDocument } from 'yaml';
import { BadInput } from '../errors.js';
import { bindingSchema } from './schema.js';
import type { Manifest } from './types.js';
import { accountFrom, rolePairs } from './validate.js';

/**
 * What decides where a deploy goes (docs/trust-model.md, "Trusted sources"): the accounts — their
 * names, order, ids, GitHub environments, preview environments, protection — and the role pairs.
 * A deploy takes these from the default branch's manifest, never from the commit being deployed;
 * the commit may only deploy when its own manifest says the same. Pure: text in, lists out.
 */
export type DeployBinding = Pick<Manifest, 'management' | 'deployRoles' | 'previewRoles' | 'accounts'>;

/**
 * Reads the binding from manifest text (the default branch's `infra.yaml`), ignoring every other
 * key, with the same defaults as the manifest loader. `where` names the file in messages,
 * e.g. `infra.yaml on main`. Throws BadInput when the binding cannot be read.
 */
export function parseBinding(text: string, where: string): DeployBinding {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const fix = 'Fix it on the default branch first: deploys take their accounts from there.';
  if (doc.errors.length > 0) throw new BadInput(`${where}: YAML syntax error: ${doc.errors[0].message.split('\n')[0]}. ${fix}`);
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (err) {
    throw new BadInput(`${where}: ${(err as Error).message}. ${fix}`);
  }
  const parsed = bindingSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message.replace(/^Invalid input: /, '')}`);
    throw new BadInput(`${where} does not declare its accounts and roles as this action reads them (${problems.join('; ')}). ${fix}`);
  }
  const accounts = parsed.data.accounts.map(accountFrom);
  return { management: parsed.data.management, ...rolePairs(parsed.data, accounts), accounts };
}

const show = (v: string | boolean | undefined): string => (v === undefined ? '(none)' : JSON.stringify(v));

/**
 * Every way `commit` decides deploys differently from `trusted` (the default branch, named
 * `branch`), one line each, in a stable order; empty when they agree.
 */
export function bindingDifferences(trusted: DeployBinding, commit: DeployBinding, branch: string): string[] {
  const out: string[] = [];
  const differ = (key: string, here: string | boolean | undefined, there: string | boolean | undefined) => {
    if (here !== there) out.push(`${key}: ${show(here)} here, ${show(there)} on ${branch}`);
  };
  differ('management.accountId', commit.management.accountId, trusted.management.accountId);
  differ('management.oidcRole', commit.deployRoles.oidcRoleBaseArn, trusted.deployRoles.oidcRoleBaseArn);
  differ('executorRole', commit.deployRoles.executorRole, trusted.deployRoles.executorRole);
  differ('previewRole.oidcRole', commit.previewRoles?.oidcRoleBaseArn, trusted.previewRoles?.oidcRoleBaseArn);
  differ('previewRole.executorRole', commit.previewRoles?.executorRole, trusted.previewRoles?.executorRole);

  const there = trusted.accounts.map((a) => a.name);
  const here = commit.accounts.map((a) => a.name);
  for (const name of here) if (!there.includes(name)) out.push(`account ${name}: declared here, not on ${branch}`);
  for (const name of there) if (!here.includes(name)) out.push(`account ${name}: declared on ${branch}, missing here`);
  const common = (names: string[]) => names.filter((n) => here.includes(n) && there.includes(n)).join(', ');
  if (common(here) !== common(there) || here[0] !== there[0])
    out.push(`promotion order: ${here.join(' → ')} here, ${there.join(' → ')} on ${branch}`);
  for (const t of trusted.accounts) {
    const c = commit.accounts.find((a) => a.name === t.name);
    if (!c) continue;
    differ(`${t.name}.id`, c.id, t.id);
    differ(`${t.name}.environment`, c.environment, t.environment);
    differ(`${t.name}.previewEnvironment`, c.previewEnvironment, t.previewEnvironment);
    differ(`${t.name}.protected`, c.protected, t.protected);
  }
  return out;
}

/** The refusal: what differs, and that such a change deploys only once it is on the default branch. */
export function bindingRefusal(what: string, manifestFile: string, branch: string, differences: string[]): string {
  return [
    `Refusing to ${what}: this commit's ${manifestFile} binds accounts differently from ${manifestFile} on the default branch ${branch}, which is what deploys trust for the accounts, their order, ids and GitHub environments (docs/trust-model.md, "Trusted sources"):`,
    ...differences.map((d) => `  - ${d}`),
    `A change to these is deployed only after it is on ${branch}: merge it first (its push to ${branch} deploys it). Nothing was deployed.`,
  ].join('\n');
}
