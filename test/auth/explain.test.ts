import { expect, test } from '@jest/globals';
import { ChainError } from '../../src/auth/errors.js';
import { explainFailure } from '../../src/auth/explain.js';
import { sanitizeSessionName, sanitizeTagValue, sessionName } from '../../src/auth/sanitize.js';

const hop1 = (claims: Record<string, string>, roleArn = 'arn:aws:iam::000000000000:role/InfraDeployRole') =>
  new ChainError('Hop 1 failed: AccessDenied', 1, { roleArn, code: 'AccessDenied', claims, mode: 'oidc' });
const policy = (sub: string) => ({
  Statement: [
    {
      Effect: 'Allow' as const,
      Principal: { Federated: 'arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:sub': sub } },
    },
  ],
});

test('environment, immutable form, org case and the "GitHub" role-name trap are named', () => {
  const env = explainFailure(hop1({ sub: 'repo:acme/infra:environment:production', environment: 'production', repository: 'acme/infra' }));
  expect(env).toContain('so sub is "…:environment:production"');
  const immutable = explainFailure(hop1({ sub: 'repo:acme@1001/infra@2002:ref:refs/heads/main', repository: 'acme/infra' }));
  expect(immutable).toContain('immutable sub form');
  const arn = 'arn:aws:iam::000000000000:role/GitHubActionsOIDCRole';
  const cased = explainFailure(hop1({ sub: 'repo:Acme/infra:ref:refs/heads/main', repository: 'Acme/infra' }, arn), {
    [arn]: policy('repo:acme/infra:ref:refs/heads/main'),
  });
  expect(cased).toContain('Case: the policy names the organisation');
  expect(cased).toContain('role name contains "GitHub"');
  expect(cased).toContain('✗ Statement[0] (sts:AssumeRoleWithWebIdentity): StringEquals token.actions.githubusercontent.com:sub');
});

test('hop 2: a chained duration over an hour and a missing token endpoint', () => {
  const long = new ChainError('Hop 2 failed', 2, {
    code: 'ValidationError',
    cause: new Error('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'),
  });
  expect(explainFailure(long)).toContain('DurationSeconds must be ≤ 3600');
  const none = new ChainError('Hop 0 failed', 0, { code: 'NoTokenEndpoint' });
  expect(explainFailure(none)).toContain('id-token: write');
});

test('session names and tag values are what STS accepts', () => {
  expect(sessionName({ runId: '123456789012', runAttempt: '3' })).toBe('infra-action-123456789012-3');
  expect(sanitizeSessionName(`a b/c${'x'.repeat(80)}`)).toMatch(/^a-b-cx+$/);
  expect(sanitizeSessionName('x'.repeat(80))).toHaveLength(64);
  expect(sanitizeTagValue('feature/ü#1 (draft)')).toBe('feature/ü_1 _draft_');
});
