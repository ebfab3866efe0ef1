import type { Manifest } from '../manifest/types.js';
import type { Selection, SelectedStack } from '../select/select.js';
import type { AccountBaseline } from '../select/baseline.js';

/** The `plan --json` document (docs/design.md, "The CLI contract"). */
export interface PlanDocument {
  stacks: SelectedStack[];
  waves: string[][];
  errors: string[];
  warnings: string[];
  /** Deploys: where each stack stands in each account, the commit its selection was diffed from. */
  baselines?: AccountBaseline[];
}

/** One `strategy.matrix` entry per account that has selected stacks, in promotion order. */
export interface MatrixEntry {
  account: string;
  accountId: string;
  environment: string;
  /**
   * The GitHub environment the account's pull-request previews run in ('' for none: a plain
   * pull_request token). pipeline.yml's preview job binds to it; on pull requests it is the default
   * branch's value (docs/trust-model.md, "Trusted sources").
   */
  previewEnvironment: string;
  /** Comma-separated project names, ready for the `projects` input of the next job. */
  projects: string;
  regions: string;
  stacks: string;
}

export function planDocument(selection: Selection): PlanDocument {
  return { stacks: selection.stacks, waves: selection.waves, errors: selection.errors, warnings: selection.warnings };
}

/**
 * `previewEnvironments` overrides each account's preview environment (an account it does not name
 * gets none); without it the manifest's own values are used.
 */
export function planMatrix(
  manifest: Manifest,
  selection: Selection,
  previewEnvironments?: ReadonlyMap<string, string>,
): { include: MatrixEntry[] } {
  const include: MatrixEntry[] = [];
  for (const account of manifest.accounts) {
    const stacks = selection.stacks.filter((s) => s.account === account.name);
    if (stacks.length === 0) continue;
    include.push({
      account: account.name,
      accountId: account.id,
      environment: account.environment,
      previewEnvironment: previewEnvironments ? (previewEnvironments.get(account.name) ?? '') : (account.previewEnvironment ?? ''),
      projects: unique(stacks.map((s) => s.project)).join(','),
      regions: unique(stacks.map((s) => s.region)).join(','),
      stacks: stacks.map((s) => s.stack).join(','),
    });
  }
  return { include };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
