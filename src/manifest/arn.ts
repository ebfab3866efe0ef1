/**
 * ARNs and endpoints that depend on the AWS partition, known from the region: `cn-*` regions are
 * `aws-cn` (endpoints under amazonaws.com.cn), `us-gov-*` are `aws-us-gov`, every other region is
 * `aws`. The one place the code builds a role ARN or an STS endpoint (docs/design.md, naming).
 */
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

export function partitionOf(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** A role name → `arn:<partition>:iam::<account>:role/<name>`; a role given as a full ARN is kept as written. */
export function roleArn(accountId: string, role: string, partition: Partition = 'aws'): string {
  return role.startsWith('arn:') ? role : `arn:${partition}:iam::${accountId}:role/${role}`;
}

/** The regional STS endpoint: `https://sts.<region>.amazonaws.com`, `.amazonaws.com.cn` in China. */
export function stsEndpoint(region: string): string {
  return `https://sts.${region}.amazonaws.com${partitionOf(region) === 'aws-cn' ? '.cn' : ''}`;
}
