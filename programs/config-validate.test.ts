import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkCidr, validateConfig, type ConfigValue } from '../shared/config-validate.js';
import { schemas } from '../shared/schemas.js';
import { accountIdOfArn, parseStackName, resolveStackContext } from './stack-context.js';
import { subnetCidrs } from './api/subnets.js';

const api = schemas.api;
const stacksDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'unkey', 'stacks', 'api');
const readConfig = (file: string) => (parse(readFileSync(join(stacksDir, file), 'utf8')) as { config: Record<string, ConfigValue> }).config;

describe('validateConfig (preflight mode)', () => {
  it('accepts every example api stack merged over its account global file', () => {
    const stackFiles = readdirSync(stacksDir).filter((f) => f.startsWith('Pulumi.aws-'));
    expect(stackFiles.length).toBe(4);
    for (const f of stackFiles) {
      const account = parseStackName(f.slice('Pulumi.'.length, -'.yaml'.length)).account;
      const merged = { ...readConfig(`Pulumi.${account}-global.yaml`), ...readConfig(f) };
      expect({ f, problems: validateConfig(api, merged) }).toEqual({ f, problems: [] });
    }
  });

  it('reports every problem at once, without echoing secret values', () => {
    const problems = validateConfig(api, {
      'api:cidrBlock': '10.0.0.0/8',
      'api:awsRegion': 'mars-1',
      'api:clickhouseUrl': 'https://user:hunter2@ch.example',
      'api:hostedZoneID': { secure: 'v1:abc' },
      'api:typo': 'x',
      'aws:region': 'us-east-1',
    });
    const text = problems.map((p) => `${p.key}: ${p.message}`).join('\n');
    expect(text).toContain('api:cidrBlock: prefix /8 is outside /16–/24');
    expect(text).toContain("api:awsRegion: expected an AWS region like us-east-1, got 'mars-1'");
    expect(text).toContain(
      'api:clickhouseUrl: is a secret but stored in plain text; re-set it with: infra-action config set --account <account> --region <region> --secret api:clickhouseUrl < value-file',
    );
    expect(text).toContain('api:hostedZoneID: is encrypted but is not a secret');
    expect(text).toContain('api:typo: is not a config key of api');
    expect(text).toContain('api:databasePrimaryDsn: is required');
    // The description's first sentence, not cut at the dot inside `ghcr.io`.
    expect(text).toContain(
      'api:image: is required (Container image the API runs, pinned by digest as `ghcr.io/unkeyed/unkey@sha256:<64 hex>`',
    );
    expect(text).toContain('Pulumi.<account>-global.yaml');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('aws:region');
    expect(problems.map((p) => p.key)).not.toContain('api:databaseReplicaDsn');
  });

  it('checks CIDRs strictly', () => {
    expect(checkCidr('10.20.0.0/16')).toBeUndefined();
    expect(checkCidr('10.20.1.0/16')).toMatch(/host bits/);
    expect(checkCidr('10.300.0.0/16')).toMatch(/above 255/);
    expect(checkCidr('10.20.0.0')).toMatch(/expected an IPv4 CIDR/);
  });
});

describe('stack context', () => {
  it('splits aws-<account>-<region> from the end, so account names may hold dashes', () => {
    expect(parseStackName('unkey/api/aws-canary-us-east-1')).toEqual({
      stack: 'aws-canary-us-east-1',
      account: 'canary',
      region: 'us-east-1',
    });
    expect(parseStackName('aws-prod-eu-eu-west-1')).toEqual({ stack: 'aws-prod-eu-eu-west-1', account: 'prod-eu', region: 'eu-west-1' });
    expect(() => parseStackName('dev')).toThrow(/aws-<account>-<region>/);
  });

  it('pins the account from the engine first, then config; production from the flag, then the name', () => {
    expect(accountIdOfArn('arn:aws:iam::222222222222:role/X')).toBe('222222222222');
    const base = { project: 'api', stack: 'aws-production-us-east-1', configAccountId: '333333333333' };
    expect(resolveStackContext({ ...base, env: {} })).toMatchObject({ accountId: '333333333333', production: true, commit: 'local' });
    expect(
      resolveStackContext({
        ...base,
        configAccountId: undefined,
        env: { INFRA_TARGET_ACCOUNT_ID: '444444444444', INFRA_TARGET_PROTECTED: 'false', GITHUB_SHA: 'abc' },
      }),
    ).toMatchObject({ accountId: '444444444444', production: false, commit: 'abc' });
    expect(() => resolveStackContext({ ...base, configAccountId: undefined, env: {} })).toThrow(/INFRA_TARGET_ACCOUNT_ID/);
    expect(() => resolveStackContext({ ...base, env: { INFRA_TARGET_REGION: 'eu-west-1' } })).toThrow(
      /in us-east-1 but the engine says eu-west-1/,
    );
    expect(() => resolveStackContext({ ...base, env: { INFRA_TARGET_ACCOUNT_ID: '444444444444' } })).toThrow(
      /names account 333333333333 but the manifest's account production is 444444444444/,
    );
  });
});

describe('subnetCidrs', () => {
  it('carves equal subnets from the start of the block', () => {
    expect(subnetCidrs('10.20.0.0/16', 2)).toEqual(['10.20.0.0/17', '10.20.128.0/17']);
    expect(subnetCidrs('10.0.4.0/24', 3)).toEqual(['10.0.4.0/26', '10.0.4.64/26', '10.0.4.128/26']);
    expect(() => subnetCidrs('10.0.0.0/28', 2)).toThrow(/too small/);
  });
});
