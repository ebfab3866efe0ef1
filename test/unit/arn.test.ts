import { partitionOf, roleArn, stsEndpoint } from '../../src/manifest/arn.js';
import { parseManifest } from '../../src/manifest/load.js';
import { allStacks } from '../../src/manifest/naming.js';

const manifest = (region: string, executorRole = 'Exec') =>
  parseManifest(
    `org: acme
management: { accountId: "000000000000", oidcRole: OIDC }
executorRole: ${executorRole}
accounts:
  - { name: sandbox, id: "111111111111", regions: [${region}] }
projects:
  - { name: api, program: builtin:api }
`,
    '/repo/infra.yaml',
    { builtins: ['api'] },
  );

test.each([
  ['us-east-1', 'aws', 'https://sts.us-east-1.amazonaws.com'],
  ['eu-west-1', 'aws', 'https://sts.eu-west-1.amazonaws.com'],
  ['cn-north-1', 'aws-cn', 'https://sts.cn-north-1.amazonaws.com.cn'],
  ['cn-northwest-1', 'aws-cn', 'https://sts.cn-northwest-1.amazonaws.com.cn'],
  ['us-gov-west-1', 'aws-us-gov', 'https://sts.us-gov-west-1.amazonaws.com'],
])('%s is in partition %s, STS at %s', (region, partition, endpoint) => {
  expect(partitionOf(region)).toBe(partition);
  expect(stsEndpoint(region)).toBe(endpoint);
});

test.each([
  ['us-east-1', 'aws'],
  ['cn-north-1', 'aws-cn'],
  ['us-gov-east-1', 'aws-us-gov'],
])('the role chain of a stack in %s uses the %s partition for both hops', (region, partition) => {
  const [stack] = allStacks(manifest(region));
  expect(stack!.roleChain).toEqual([
    `arn:${partition}:iam::000000000000:role/OIDC-sandbox`,
    `arn:${partition}:iam::111111111111:role/Exec`,
  ]);
});

test('an executorRole given as a full ARN is used as written', () => {
  const arn = 'arn:aws:iam::111111111111:role/path/Exec';
  expect(allStacks(manifest('us-east-1', `"${arn}"`))[0]!.roleChain[1]).toBe(arn);
  expect(roleArn('222222222222', arn, 'aws-cn')).toBe(arn);
});
