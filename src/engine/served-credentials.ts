import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCredentialServer, type CredentialServer, type SessionKind } from '../auth/credential-server.js';
import type { AwsCredentials, CredentialProvider } from '../auth/types.js';
import type { Account } from '../manifest/types.js';
import { scrubOverrides } from './child-env.js';

/**
 * The profile the Pulumi process's default AWS chain uses (AWS_PROFILE): the S3 state backend and
 * the KMS secrets provider, which the Pulumi CLI configures from the environment only.
 */
export const STATE_PROFILE = 'infra-action-state';
/** The profile programs give their explicit AWS provider (INFRA_TARGET_AWS_PROFILE; programs/aws-provider.ts). */
export const TARGET_PROFILE = 'infra-action-target';
/** Environment variables holding the process's two bearer tokens (never on a command line, which other users can read). */
const TOKEN_VARS: Record<SessionKind, string> = {
  state: 'INFRA_ACTION_STATE_CREDENTIALS_TOKEN',
  target: 'INFRA_ACTION_TARGET_CREDENTIALS_TOKEN',
};

/** The environment a stack's Pulumi process gets for AWS, with `undefined` for what it must not inherit (child-env.ts). */
export type PulumiEnv = Record<string, string | undefined>;

export interface ServedCredentials {
  /** Obtains the account's sessions (so a broken chain fails here, not inside the CLI) and returns the process's AWS environment. */
  envFor(account: Account): Promise<PulumiEnv>;
  /** Stops serving and removes the profiles. */
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The run's own folder; the profiles go into `aws/` under it. */
  dir: string;
  log?: (message: string) => void;
  /** The command the profiles call back (default: this Node and this bundle, `node dist/index.js`). */
  node?: string;
  bundle?: string;
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * What each stack's Pulumi process holds for AWS. With the role chain: an AWS config file per
 * account whose two profiles run `infra-action credentials` against this process's loopback
 * server, and that account's two bearer tokens; the chain itself never leaves this process.
 * With `INFRA_ACTION_CREDENTIALS=ambient` (`inherit`): this process's own AWS environment as is.
 */
export async function serveCredentials(provider: CredentialProvider, opts: ServeOptions): Promise<ServedCredentials> {
  if (provider.inherit) return { envFor: async () => scrubOverrides(process.env, { keepAws: true }), close: async () => {} };
  const dir = join(opts.dir, 'aws');
  let server: Promise<CredentialServer> | undefined;
  const files = new Map<string, string>();
  // No static profile of the same name may shadow ours: the SDKs read the credentials file too.
  const emptyCredentials = join(dir, 'credentials');
  const started = () =>
    (server ??= (() => {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(emptyCredentials, '', { mode: 0o600 });
      return startCredentialServer(provider, { onSession: renewalLog(opts.log) });
    })());
  const callback = [opts.node ?? process.execPath, opts.bundle ?? realpathSync(process.argv[1] ?? '')].map(quote).join(' ');

  return {
    async envFor(account) {
      await Promise.all([provider.management(account), provider.forAccount(account)]);
      const srv = await started();
      let configFile = files.get(account.name);
      if (!configFile) {
        configFile = writeProfiles(dir, account, srv, callback);
        files.set(account.name, configFile);
      }
      return {
        ...scrubOverrides(process.env),
        AWS_CONFIG_FILE: configFile,
        AWS_SHARED_CREDENTIALS_FILE: emptyCredentials,
        AWS_PROFILE: STATE_PROFILE,
        // aws-sdk-go v1 reads the config file (and so credential_process) only with this set.
        AWS_SDK_LOAD_CONFIG: '1',
        INFRA_TARGET_AWS_PROFILE: TARGET_PROFILE,
        [TOKEN_VARS.state]: srv.grant(account, 'state').token,
        [TOKEN_VARS.target]: srv.grant(account, 'target').token,
      };
    },
    async close() {
      if (server) await (await server).close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes the account's AWS config file (0600; it holds URLs and commands, no secret); returns its path. */
function writeProfiles(dir: string, account: Account, server: CredentialServer, callback: string): string {
  const file = join(dir, `${account.name.replace(/[^\w.-]+/g, '_')}.config`);
  const profile = (name: string, kind: SessionKind): string =>
    `[profile ${name}]\ncredential_process = ${callback} credentials --url ${quote(server.grant(account, kind).url)} --token-env ${TOKEN_VARS[kind]}\n`;
  writeFileSync(file, `${profile(STATE_PROFILE, 'state')}\n${profile(TARGET_PROFILE, 'target')}`, { mode: 0o600 });
  return file;
}

/** One log line per session handed out for the first time: renewals show in the run's log (never a secret). */
function renewalLog(log: ((message: string) => void) | undefined) {
  return (account: Account, kind: SessionKind, creds: AwsCredentials): void =>
    log?.(
      `Credentials: serving ${account.name}'s ${kind === 'state' ? 'state (hop 1)' : 'executor (hop 2)'} session${creds.expiration ? `, valid until ${creds.expiration.toISOString()}` : ''}`,
    );
}
