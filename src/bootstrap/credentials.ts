import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { sessionCache } from '../auth/session-cache.js';
import type { AwsCredentials, CredentialProvider } from '../auth/types.js';
import type { Account } from '../manifest/types.js';
import { BootstrapInputError } from './bootstrap-plan.js';

export interface BootstrapCredentialOptions {
  /** AWS profile of the admin SSO session (else the default chain: env, SSO cache, …). */
  profile?: string;
  managementAccountId: string;
  /** Role assumed in each member account (default OrganizationAccountAccessRole). */
  role: string;
  /** Masks a secret before anything can print it. */
  mask: (value: string) => void;
  env?: NodeJS.ProcessEnv;
}

type Client = (credentials?: AwsCredentials) => STSClient;

/** The admin session from the profile (or the default chain), masked; a missing one says how to sign in. */
async function adminSession(client: Client, opts: BootstrapCredentialOptions): Promise<AwsCredentials> {
  try {
    const c = await client().config.credentials();
    return masked(opts, {
      accessKeyId: c.accessKeyId,
      secretAccessKey: c.secretAccessKey,
      sessionToken: c.sessionToken,
      expiration: c.expiration,
    });
  } catch (err) {
    throw new BootstrapInputError(
      `No AWS credentials for the admin session${opts.profile ? ` (profile ${opts.profile})` : ''}: ${(err as Error).message}. Sign in first: aws sso login --profile ${opts.profile ?? 'NAME'}, then run bootstrap with --profile NAME.`,
    );
  }
}

/** `AssumeRole` into the member account's `role` from the admin session; a refusal names the role and the fix. */
async function memberSession(
  client: Client,
  admin: AwsCredentials,
  account: Account,
  opts: BootstrapCredentialOptions,
): Promise<AwsCredentials> {
  const roleArn = `arn:aws:iam::${account.id}:role/${opts.role}`;
  try {
    const out = await client(admin).send(
      new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'infra-action-bootstrap', DurationSeconds: 3600 }),
    );
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('STS answered without credentials');
    return masked(opts, {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    });
  } catch (err) {
    throw new Error(
      `Could not assume ${roleArn} for account ${account.name} from the admin session: ${(err as Error).message}. Accounts created by AWS Organizations have ${opts.role === 'OrganizationAccountAccessRole' ? 'this role' : 'OrganizationAccountAccessRole'}; for an invited account create a role the management account may assume and pass it with --role NAME.`,
    );
  }
}

function masked(opts: BootstrapCredentialOptions, c: AwsCredentials): AwsCredentials {
  opts.mask(c.accessKeyId);
  opts.mask(c.secretAccessKey);
  if (c.sessionToken) opts.mask(c.sessionToken);
  return c;
}

/**
 * Credentials for bootstrap: the admin session itself for the management account (and the state
 * bucket), and `AssumeRole` into `role` for every member account — no session tags, since
 * OrganizationAccountAccessRole's trust policy does not grant sts:TagSession. The executor roles do
 * not exist yet, which is why bootstrap cannot use the deploy chain. Sessions are cached and renewed
 * before they run short, like the deploy chain's (src/auth/session-cache.ts).
 */
export function bootstrapCredentials(opts: BootstrapCredentialOptions): CredentialProvider & { checkManagement(): Promise<string> } {
  const env = opts.env ?? process.env;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const client: Client = (credentials) =>
    new STSClient({ region, maxAttempts: 3, ...(credentials ? { credentials } : opts.profile ? { profile: opts.profile } : {}) });
  const management = sessionCache(() => adminSession(client, opts));
  const members = new Map<string, () => Promise<AwsCredentials>>();
  return {
    management,
    /** The admin session's identity; refuses a session outside the management account. */
    async checkManagement() {
      const out = await client(await management()).send(new GetCallerIdentityCommand({}));
      if (out.Account !== opts.managementAccountId) {
        throw new BootstrapInputError(
          `The admin session is ${out.Arn ?? 'unknown'} in account ${out.Account ?? '?'}, but management.accountId is ${opts.managementAccountId}: bootstrap runs from an admin session in the management account (AWS Organizations' management account). Pick that profile with --profile.`,
        );
      }
      return out.Arn ?? '';
    },
    forAccount(account: Account) {
      if (account.id === opts.managementAccountId) return management();
      let session = members.get(account.id);
      if (!session) members.set(account.id, (session = sessionCache(async () => memberSession(client, await management(), account, opts))));
      return session();
    },
  };
}
