import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** An Octokit for the GitHub API the run talks to (GITHUB_API_URL: github.com, GHES, or a test server). */
export function createGitHubClient(token: string): GitHubClient {
  return getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
}
