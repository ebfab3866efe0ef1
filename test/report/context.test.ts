import { pullRequestOf } from '../../src/github/comment-publish.js';
import { reportContextFor } from '../../src/report/context.js';
import { renderJobSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/job-summary.js';
import { commentMarker } from '../../src/report/marker.js';
import { changes, ctx, stack } from './fixtures.js';

const manifest = {
  accounts: [
    { name: 'sandbox', id: '111111111111', regions: ['us-east-1'], environment: 'sandbox', protected: false },
    { name: 'canary', id: '222222222222', regions: ['us-east-1'], environment: 'canary', protected: false },
    { name: 'prd', id: '333333333333', regions: ['us-east-1'], environment: 'production', protected: true },
    { name: 'legal-hold', id: '444444444444', regions: ['us-east-1'], environment: 'legal', protected: true },
  ],
};

test('the comment key follows the requested accounts, so a push that selects more accounts updates the same comment', () => {
  const c = reportContextFor({ manifestPath: 'infra.yaml', command: 'preview', manifest, requestedAccounts: ['canary'], waves: [] });
  expect(c.accounts).toEqual(['canary']);
  expect(c.promotionOrder).toEqual(['sandbox', 'canary', 'prd', 'legal-hold']);
  expect(c.productionAccounts).toEqual(['prd', 'legal-hold']);
  const all = reportContextFor({ manifestPath: 'infra.yaml', command: 'preview', manifest, requestedAccounts: [] });
  expect(commentMarker(all)).toBe('<!-- infra-action:comment key=infra.yaml%7Cpreview%7C* -->');
});

test('pullRequestOf: only pull_request payloads', () => {
  expect(
    pullRequestOf({
      eventName: 'pull_request',
      repository: { owner: 'o', repo: 'r' },
      payload: { pull_request: { number: 9, base: { sha: 'a' }, head: { sha: 'b' } } },
    }),
  ).toEqual({ owner: 'o', repo: 'r', pullNumber: 9 });
  expect(pullRequestOf({ eventName: 'push', repository: { owner: 'o', repo: 'r' }, payload: {} })).toBeUndefined();
});

test('the job summary degrades only past 1 MiB (a 40,000-resource run)', () => {
  const run = {
    operation: 'preview' as const,
    ok: true,
    stacks: Array.from({ length: 8 }, (_, i) => stack(`p${i}`, 'sandbox', 'us-east-1', { changes: changes(5000, i + 1) })),
  };
  const md = renderJobSummary(run, ctx());
  expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  expect(Buffer.byteLength(md)).toBeGreaterThan(900_000);
  expect(md).toMatch(/…and \d+ more \| \| \| \|/);
  expect(md).toContain('```mermaid');
});
