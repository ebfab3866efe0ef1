import type { AwsCredentials } from './types.js';

/**
 * The `credential_process` side of the sessions the engine serves (src/auth/credential-server.ts):
 * the AWS SDKs in a stack's Pulumi process (Go, behind the S3 backend, the KMS secrets provider and
 * the AWS provider; JS; Python) run the command of their profile whenever they need a session and
 * again once it expires. The command only fetches from the run's loopback server; it holds nothing
 * that could make a session itself.
 */

/** Plain env credentials, for `export-credentials: true`. */
export function credentialEnv(creds: AwsCredentials, region?: string): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: creds.accessKeyId,
    AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
    ...(creds.sessionToken ? { AWS_SESSION_TOKEN: creds.sessionToken } : {}),
    ...(region ? { AWS_REGION: region } : {}),
  };
}

/** The credential_process answer (Version 1); the SDKs ask again once `Expiration` has passed. */
export function credentialProcessJson(c: AwsCredentials): string {
  return JSON.stringify({
    Version: 1,
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    SessionToken: c.sessionToken,
    ...(c.expiration ? { Expiration: c.expiration.toISOString() } : {}),
  });
}

/** How long the command waits for the server, which may be renewing the chain (STS retries included). */
const FETCH_TIMEOUT_MS = 120_000;

const USAGE = 'usage: infra-action credentials --url URL --token-env NAME\n';

/**
 * `infra-action credentials --url URL --token-env NAME`: the hidden command a served profile runs.
 * The bearer token comes from the environment variable NAME (set for that Pulumi process only, never
 * on a command line other users could read). Its stdout belongs to the AWS SDK: nothing but the
 * JSON may reach it.
 */
export async function credentialsCommand(argv: string[], io: { stdout(t: string): void; stderr(t: string): void }): Promise<number> {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const url = arg('url');
  const tokenVar = arg('token-env');
  if (!url || !tokenVar || !/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) {
    io.stderr(USAGE);
    return 2;
  }
  const token = process.env[tokenVar];
  if (!token) {
    io.stderr(`infra-action credentials: ${tokenVar} is not set; this command runs inside a stack's Pulumi process only\n`);
    return 2;
  }
  try {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    const body = await res.text();
    if (res.status !== 200) {
      io.stderr(`infra-action credentials: ${url} answered ${res.status}: ${body.slice(0, 2000)}\n`);
      return 1;
    }
    const json = JSON.parse(body) as { Version?: number; AccessKeyId?: string };
    if (json.Version !== 1 || !json.AccessKeyId) throw new Error('the answer is not a Version 1 credential_process document');
    io.stdout(body + '\n');
    return 0;
  } catch (err) {
    io.stderr(`infra-action credentials: ${url}: ${(err as Error).message}\n`);
    return 1;
  }
}
