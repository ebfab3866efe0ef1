import { BadInput } from '../errors.js';
/** The validated manifest (`infra.yaml`): the single source of truth for accounts and stacks. */

/** A target AWS account; the manifest's list order is the promotion order. */
export interface Account {
  name: string;
  /** 12-digit AWS account id, kept as a string so leading zeros survive. */
  id: string;
  regions: string[];
  /** GitHub environment that guards deploys to this account (default: the account name). */
  environment: string;
  /**
   * GitHub environment this account's pull-request previews run in (an approval gate). Without it
   * previews use plain pull_request tokens; with it the account's preview role trusts only this.
   */
  previewEnvironment?: string;
  /** Protected accounts never run `destroy`. */
  protected: boolean;
}

/**
 * A pair of roles: the management-account role and the role assumed in each target account. Each
 * account has its own management-account role, `<oidcRoleBaseArn>-<account name>`
 * (`hop1RoleArn` in naming.ts), which reaches only that account (docs/trust-model.md).
 */
export interface RolePair {
  /** ARN of the management-account role *without* the `-<account>` suffix, e.g. `…:role/GitHubActionsOIDCRole`. */
  oidcRoleBaseArn: string;
  /** Role name (optionally with a path) assumed in every target account. */
  executorRole: string;
}

export interface Project {
  name: string;
  /** As written: `builtin:<name>` or a repo path. */
  program: string;
  /** `builtin` programs ship in this action's `programs/`; `repo` programs live in the user's repo. */
  programKind: 'builtin' | 'repo';
  /** builtin: the program name; repo: the program folder relative to the manifest root (no `./`). */
  programPath: string;
  /** Globs (relative to the manifest root) whose changes select every stack of the project. */
  paths: string[];
  /** Account names this project is deployed to, in manifest order. */
  accounts: string[];
  dependsOn: string[];
  /** Folder of the stack config files, relative to the manifest root (no trailing slash). */
  config: string;
}

export interface Manifest {
  /** Path of the manifest file as given (used in messages). */
  file: string;
  /** Folder the manifest's relative paths are resolved against. */
  root: string;
  org: string;
  backend?: string;
  secretsProvider?: string;
  management: { accountId: string; oidcRole: string };
  /** Roles for deploys (push, dispatch, laptop). */
  deployRoles: RolePair;
  /** Read-only roles for pull_request previews, when the manifest names them. */
  previewRoles?: RolePair;
  accounts: Account[];
  triggers: string[];
  projects: Project[];
}

/** One problem found in a manifest, located as precisely as the YAML allows. */
export interface ManifestProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted key path, e.g. `projects[1].dependsOn[0]`. */
  key: string;
  message: string;
}

/** Formats a problem the way compilers do, so editors and CI logs can link to it. */
export function formatProblem(p: ManifestProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return p.key ? `${where}: ${p.key}: ${p.message}` : `${where}: ${p.message}`;
}

/** Thrown when a manifest has problems; carries all of them. */
export class ManifestError extends BadInput {
  constructor(readonly problems: ManifestProblem[]) {
    super(
      `${problems[0]?.file ?? 'manifest'} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ManifestError';
  }
}
