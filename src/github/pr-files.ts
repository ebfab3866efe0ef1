import type { ChangedFile } from '../select/changes.js';

/** GitHub's PR files API lists at most this many files; past it, a git diff is the only truth. */
export const PR_FILES_CAP = 3000;

/** The part of Octokit this adapter needs, so tests can hand in a client pointed at a loopback API. */
export interface PullFilesClient {
  paginate: {
    iterator(
      route: string,
      params: Record<string, unknown>,
    ): AsyncIterable<{ data: Array<{ filename: string; status: string; previous_filename?: string }> }>;
  };
}

export type PrFilesResult = { files: ChangedFile[]; capped: false } | { capped: true; listed: number };

/** Lists a PR's changed files, page by page; reports `capped` when GitHub's 3,000-file cap was hit. */
export async function listPullRequestFiles(client: PullFilesClient, owner: string, repo: string, pull: number): Promise<PrFilesResult> {
  const files: ChangedFile[] = [];
  const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    owner,
    repo,
    pull_number: pull,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const f of page.data) files.push(toChangedFile(f));
  }
  if (files.length >= PR_FILES_CAP) return { capped: true, listed: files.length };
  return { files, capped: false };
}

function toChangedFile(f: { filename: string; status: string; previous_filename?: string }): ChangedFile {
  const status =
    (
      { added: 'added', removed: 'deleted', modified: 'modified', renamed: 'renamed', copied: 'copied' } as Record<
        string,
        ChangedFile['status']
      >
    )[f.status] ?? 'changed';
  return f.previous_filename ? { path: f.filename, previous: f.previous_filename, status } : { path: f.filename, status };
}
