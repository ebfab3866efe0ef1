import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Account, RolePair } from '../manifest/types.js';
import { assumeChain } from './chain.js';
import type { AwsCredentials } from './types.js';

/**
 * Credentials that refresh themselves, for runs longer than the 1-hour chained session: an AWS
 * config profile whose `credential_process` calls back into this bundle (`credentials`, a hidden
 * CLI command) to walk the chain again. The AWS SDKs (JS, Go — Pulumi's provider and backend —
 * Python) re-run it whenever the session nears expiry. The spec file holds no secrets.
 */

export interface CredentialSpec {
  roles: RolePair;
  accounts: Account[];
  mode: 'oidc' | 'ambient';
  /** Ambient mode: the profile of the first hop. */
  profile?: string;
  region: string;
  /** The AWS_CONFIG_FILE / AWS_PROFILE in force before ours, restored in the child (else it would call itself). */
  sourceConfigFile?: string;
  sourceProfile?: string;
}

export interface CredentialProcessSetup {
  configFile: string;
  /**
   * Profile name for an account's executor session, or (`management`) for that account's own
   * management-account session (its state prefix and secrets key; it reaches no other account).
   */
  profileFor(account: Account, hop?: 'executor' | 'management'): string;
  /** Env for a Pulumi process: AWS_CONFIG_FILE + AWS_PROFILE. */
  envFor(account: Account, hop?: 'executor' | 'management'): Record<string, string>;
  /** Variables to remove from that process's env: static keys would win over the profile. */
  unset: string[];
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Writes the spec and the AWS config file under `dir`; returns what the engine puts in a stack's env.
 * The engine does not call it yet (README: sessions are not self-refreshing); `@internal` tells
 * `npm run lint:unused` that only tests call it until then.
 * @internal
 */
export async function writeCredentialProcessConfig(opts: {
  dir: string;
  roles: RolePair;
  accounts: Account[];
  mode: 'oidc' | 'ambient';
  profile?: string;
  region?: string;
  /** The bundle to call back (default: this process's entry, dist/index.js). */
  bundle?: string;
  node?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<CredentialProcessSetup> {
  const env = opts.env ?? process.env;
  await mkdir(opts.dir, { recursive: true });
  const spec: CredentialSpec = {
    roles: opts.roles,
    accounts: opts.accounts,
    mode: opts.mode,
    profile: opts.profile,
    region: opts.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    sourceConfigFile: env.AWS_CONFIG_FILE,
    sourceProfile: env.AWS_PROFILE,
  };
  const specFile = join(opts.dir, 'infra-action-credentials.json');
  const configFile = join(opts.dir, 'infra-action-aws-config');
  await writeFile(specFile, JSON.stringify(spec, null, 2));
  type Hop = 'executor' | 'management';
  const command = (account: string, hop: Hop): string =>
    [
      opts.node ?? process.execPath,
      opts.bundle ?? process.argv[1],
      'credentials',
      '--spec',
      specFile,
      '--account',
      account,
      ...(hop === 'management' ? ['--hop', 'management'] : []),
    ]
      .map(quote)
      .join(' ');
  const profileFor = (a: Account, hop: Hop = 'executor'): string => `infra-action-${a.name}${hop === 'management' ? '-management' : ''}`;
  const sections = opts.accounts.flatMap((a) =>
    (['executor', 'management'] as const).map(
      (hop) => `[profile ${profileFor(a, hop)}]\ncredential_process = ${command(a.name, hop)}\nregion = ${spec.region}\n`,
    ),
  );
  await writeFile(configFile, sections.join('\n'), { mode: 0o600 });
  return {
    configFile,
    profileFor,
    envFor: (a, hop) => ({ AWS_CONFIG_FILE: configFile, AWS_PROFILE: profileFor(a, hop), AWS_SDK_LOAD_CONFIG: '1' }),
    unset: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_DEFAULT_PROFILE'],
  };
}

/** Plain env credentials, for short runs or `export-credentials: true`. */
export function credentialEnv(creds: AwsCredentials, region?: string): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: creds.accessKeyId,
    AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
    ...(creds.sessionToken ? { AWS_SESSION_TOKEN: creds.sessionToken } : {}),
    ...(region ? { AWS_REGION: region } : {}),
  };
}

/** The credential_process answer (Version 1). */
export function credentialProcessJson(c: AwsCredentials): string {
  return JSON.stringify({
    Version: 1,
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    SessionToken: c.sessionToken,
    ...(c.expiration ? { Expiration: c.expiration.toISOString() } : {}),
  });
}

/**
 * `infra-action credentials --spec FILE --account NAME [--hop management]`: the hidden command the profile
 * runs. Its stdout belongs to the AWS SDK, so nothing but the JSON may reach it (@actions/core
 * would print `::add-mask::` lines there; the parent job already masked these values).
 */
export async function credentialsCommand(argv: string[], io: { stdout(t: string): void; stderr(t: string): void }): Promise<number> {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const specFile = arg('spec');
  const target = arg('account');
  if (!specFile || !target) {
    io.stderr('usage: infra-action credentials --spec FILE --account NAME [--hop management]\n');
    return 2;
  }
  const spec = JSON.parse(await readFile(specFile, 'utf8')) as CredentialSpec;
  restore('AWS_CONFIG_FILE', spec.sourceConfigFile);
  restore('AWS_PROFILE', spec.sourceProfile);
  const account = spec.accounts.find((a) => a.name === target);
  const hop = arg('hop') ?? 'executor';
  if (!account || !['executor', 'management'].includes(hop)) {
    io.stderr(`credentials: account "${target}" is not in ${specFile}\n`);
    return 2;
  }
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((..._args: unknown[]) => true) as typeof process.stdout.write;
  let creds: AwsCredentials;
  try {
    const chain = assumeChain(spec.accounts, spec.roles, {
      mode: spec.mode,
      profile: spec.profile,
      region: spec.region,
      maskSecret: () => {},
      retry: { onRetry: (i) => io.stderr(`${i.what}: retry ${i.attempt} in ${i.delayMs} ms\n`) },
    });
    creds = hop === 'management' ? await chain.management(account) : await chain.forAccount(account);
  } catch (err) {
    process.stdout.write = write;
    io.stderr(`infra-action credentials: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write = write;
  io.stdout(credentialProcessJson(creds) + '\n');
  return 0;
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
