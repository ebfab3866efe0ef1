// How the Pulumi CLI double gets its AWS credentials, the way the AWS SDKs behind the real CLI do
// (the S3 backend and KMS through AWS_PROFILE, the AWS provider through the profile the program
// names): read the profile's `credential_process` from AWS_CONFIG_FILE, run it through the shell
// with the process's environment, honour its `Expiration`, and run it again once the held session
// is within a window of expiring. Test-only; see the header of ./pulumi.
import { exec } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** The `credential_process` of `[profile NAME]` in an AWS config file, or undefined. */
export function credentialProcessOf(configFile, profile) {
  if (!configFile || !profile || !existsSync(configFile)) return undefined;
  let section;
  for (const raw of readFileSync(configFile, 'utf8').split('\n')) {
    const line = raw.trim();
    const header = /^\[(?:profile\s+)?([^\]]+)\]$/.exec(line);
    if (header) section = header[1].trim();
    else if (section === profile) {
      const m = /^credential_process\s*=\s*(.+)$/.exec(line);
      if (m) return m[1];
    }
  }
  return undefined;
}

const sh = (command, env) =>
  new Promise((resolve, reject) =>
    exec(command, { env, timeout: 180_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`credential_process failed: ${stderr.trim() || err.message}`)) : resolve(stdout),
    ),
  );

/**
 * One profile's credentials: `get()` answers the held session while more than `windowMs` of it is
 * left, otherwise runs the command again. `runs` counts the runs.
 */
export function processCredentials(command, { windowMs, env = process.env }) {
  let held;
  const state = { runs: 0 };
  return {
    state,
    held: () => held,
    async get() {
      if (held && (held.expiration === undefined || held.expiration - Date.now() > windowMs)) return held;
      state.runs++;
      const json = JSON.parse(await sh(command, env));
      if (json.Version !== 1 || !json.AccessKeyId || !json.SecretAccessKey)
        throw new Error(`credential_process printed no Version 1 document`);
      held = {
        accessKeyId: json.AccessKeyId,
        secretAccessKey: json.SecretAccessKey,
        sessionToken: json.SessionToken,
        expiration: json.Expiration ? Date.parse(json.Expiration) : undefined,
      };
      return held;
    },
  };
}

/** GetCallerIdentity with exactly these credentials (the STS emulator checks the signature and the expiry). */
export async function whoAmI(creds) {
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  const client = new STSClient({
    region: process.env.AWS_REGION || 'us-east-1',
    maxAttempts: 1,
    credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken },
  });
  try {
    const out = await client.send(new GetCallerIdentityCommand({}));
    return { arn: out.Arn, account: out.Account };
  } catch (err) {
    return { error: `${err.name}: ${err.message}` };
  }
}

/** The `--url` and `--token-env` of an `infra-action credentials` command. */
export function grantOf(command) {
  const url = /--url '([^']+)'/.exec(command)?.[1];
  const tokenEnv = /--token-env (\w+)/.exec(command)?.[1];
  return url && tokenEnv ? { url, tokenEnv } : undefined;
}

/**
 * What a hostile program would try with the grant it was given: its own token against another
 * account's sessions, and no token at all. Returns the server's status codes.
 */
export async function probeOtherAccounts(command, accounts, env = process.env) {
  const grant = grantOf(command);
  if (!grant) return [];
  const token = env[grant.tokenEnv];
  const out = [];
  for (const account of accounts) {
    const url = grant.url.replace(/\/v1\/[^/]+\//, `/v1/${encodeURIComponent(account)}/`);
    for (const kind of ['state', 'target']) {
      const target = url.replace(/\/(state|target)$/, `/${kind}`);
      const res = await fetch(target, { headers: { authorization: `Bearer ${token}` } });
      out.push({ account, kind, status: res.status, body: (await res.text()).slice(0, 200) });
    }
  }
  const anonymous = await fetch(grant.url);
  out.push({ account: 'own, no token', kind: 'target', status: anonymous.status });
  return out;
}
