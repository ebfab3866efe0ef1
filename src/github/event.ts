import { readFileSync } from 'node:fs';

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
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
    } catch (err) {
      throw new Error(`Could not read the event payload at GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}): ${(err as Error).message}`);
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository: { owner, repo },
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    payload,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}
