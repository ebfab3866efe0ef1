import { readFileSync } from 'node:fs';
import { BadInput } from '../errors.js';

/** What the run is for, read from the GITHUB_* environment and the event payload. */
export interface RunContext {
  eventName: string;
  repository: { owner: string; repo: string };
  ref: string;
  sha: string;
  payload: EventPayload;
  workspace: string;
}

export interface EventPayload {
  before?: string;
  after?: string;
  pull_request?: { number: number; changed_files?: number; base: { sha: string }; head: { sha: string } };
  inputs?: Record<string, string | boolean | undefined>;
  /** Every event the runner writes names the repository; deploys read their accounts at its default branch. */
  repository?: { default_branch?: string };
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository: { owner, repo },
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    payload: readEventPayload(env),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}

/**
 * The event payload at GITHUB_EVENT_PATH ({} when unset). main.ts reads it before anything imports
 * @actions/github, whose `context` parses the same file at import and would crash with a stack trace.
 */
export function readEventPayload(env: NodeJS.ProcessEnv = process.env): EventPayload {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  const fix = 'The runner writes this file; a step that sets GITHUB_EVENT_PATH itself must point it at the JSON event payload.';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new BadInput(
      `GITHUB_EVENT_PATH (${path}): cannot read the event payload (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). ${fix}`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (err) {
    throw new BadInput(`GITHUB_EVENT_PATH (${path}): the event payload is not JSON (${(err as Error).message}). ${fix}`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new BadInput(
      `GITHUB_EVENT_PATH (${path}): the event payload is ${Array.isArray(payload) ? 'an array' : String(payload)}, not a JSON object. ${fix}`,
    );
  }
  return payload as EventPayload;
}
