import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Knobs for tests; production uses the defaults. */
export interface GitHubClientOptions {
  /** Milliseconds per second of back-off (retry-after, 5xx back-off); tests pass 1 to run fast. */
  retryAfterBaseValue?: number;
  /** How many times a 5xx or a rate-limited request is retried. */
  retries?: number;
  /** Extra throttling settings (e.g. limiter groups for tests). */
  throttle?: Partial<ThrottlingOptions>;
  /** Called when a request is retried after a rate limit (the action logs it). */
  onRetry?: (message: string) => void;
}

/**
 * An Octokit for the GitHub API the run talks to (GITHUB_API_URL: github.com, GHES, or a test
 * server), with back-off retries for 5xx answers and for primary and secondary rate limits.
 */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const retries = options.retries ?? 3;
  const base = options.retryAfterBaseValue ?? 1000;
  const onLimit = (kind: string) => (retryAfter: number, req: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    options.onRetry?.(
      `GitHub ${kind} rate limit on ${req.method} ${req.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${retries})`,
    );
    return retryCount < retries;
  };
  return getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      retry: { retries, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...options.throttle,
      } as ThrottlingOptions,
    },
    retry,
    throttling,
  );
}
