/**
 * What STS accepts in names and tags. Values come from GitHub (branch names, actors) and may hold
 * characters STS refuses; an invalid name would fail the hop with a validation error, so we map
 * them rather than pass them through.
 */

/** Facts about the run that end up in session names, session tags and the source identity. */
export interface SessionContext {
  runId: string;
  runAttempt: string;
  repository: string;
  workflow: string;
  ref: string;
  sha: string;
  actor: string;
}

/** Role session names: `[\w+=,.@-]`, 2–64 characters. */
export function sanitizeSessionName(name: string): string {
  const clean = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return clean.length >= 2 ? clean : `${clean}--`.slice(0, 2);
}

/** `infra-action-<run id>-<attempt>`: CloudTrail shows which workflow run held the session. */
export function sessionName(ctx: Pick<SessionContext, 'runId' | 'runAttempt'>): string {
  return sanitizeSessionName(`infra-action-${ctx.runId || 'local'}-${ctx.runAttempt || '1'}`);
}

/** Session tag values: letters, digits, spaces and `_.:/=+-@`, at most 256 characters. */
export function sanitizeTagValue(value: string): string {
  return value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, 256);
}

/** Source identity: 2–64 characters of `[\w+=,.@-]` (GitHub logins fit; bots' `[bot]` suffix does not). */
export function sanitizeSourceIdentity(actor: string): string {
  return sanitizeSessionName(actor || 'unknown');
}

/** The session tags of hop 2 (STS refuses tags on the web-identity hop). Empty values are left out. */
export function sessionTags(ctx: SessionContext): { Key: string; Value: string }[] {
  const pairs: [string, string][] = [
    ['repository', ctx.repository],
    ['workflow', ctx.workflow],
    ['ref', ctx.ref],
    ['sha', ctx.sha],
    ['actor', ctx.actor],
    ['run-id', ctx.runId],
  ];
  return pairs.filter(([, v]) => v).map(([Key, v]) => ({ Key, Value: sanitizeTagValue(v) }));
}

/** Reads the session context from the runner's environment (the CLI on a laptop gets local defaults). */
export function sessionContextFromEnv(env: NodeJS.ProcessEnv = process.env): SessionContext {
  return {
    runId: env.GITHUB_RUN_ID ?? 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    repository: env.GITHUB_REPOSITORY ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    actor: env.GITHUB_ACTOR ?? env.USER ?? env.USERNAME ?? 'unknown',
  };
}
