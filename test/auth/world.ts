import { renderBootstrap, type BootstrapWorld } from '../../programs/testing/bootstrap-world.js';
import type { Account, RolePair } from '../../src/manifest/types.js';
import { startOidcIssuer, type ClaimOptions, type OidcIssuer } from '../support/oidc-issuer.js';
import { loadRoles, startStsEmulator, type StsEmulator } from '../support/sts-emulator.js';

/**
 * A management account and three target accounts whose roles are exactly what the bootstrap
 * programs render (programs/testing/bootstrap-world.ts): per-account deploy and preview roles,
 * executors trusting only their own account's role, production previews behind an environment.
 */
export const MANAGEMENT = '000000000000';
export const PROVIDER_ARN = `arn:aws:iam::${MANAGEMENT}:oidc-provider/token.actions.githubusercontent.com`;
export const DEPLOY: RolePair = {
  oidcRoleBaseArn: `arn:aws:iam::${MANAGEMENT}:role/InfraDeployRole`,
  executorRole: 'UnkeyPulumiAWSExecutor',
};
export const PREVIEW: RolePair = {
  oidcRoleBaseArn: `arn:aws:iam::${MANAGEMENT}:role/InfraPreviewRole`,
  executorRole: 'UnkeyPulumiAWSPreview',
};
export const ACCOUNTS: Account[] = [
  { name: 'sandbox', id: '111111111111', regions: ['us-east-1'], environment: 'sandbox', protected: false },
  { name: 'canary', id: '222222222222', regions: ['us-east-1'], environment: 'canary', protected: false },
  {
    name: 'production',
    id: '333333333333',
    regions: ['us-east-1', 'eu-west-1'],
    environment: 'production',
    previewEnvironment: 'production-preview',
    protected: true,
  },
];

/** Claims of a job bound to an account's environment (what a deploy stage gets). */
export const inEnvironment = (environment: string): ClaimOptions => ({ shape: 'environment', environment });

export interface World {
  issuer: OidcIssuer;
  sts: StsEmulator;
  env: Record<string, string>;
  iam: BootstrapWorld;
  close(): Promise<void>;
}

export async function startWorld(repository = 'acme/infra', opts: { ssoAdminRoleArns?: Record<string, string> } = {}): Promise<World> {
  const iam = await renderBootstrap({
    repository,
    managementAccountId: MANAGEMENT,
    accounts: ACCOUNTS.map((a) => ({
      name: a.name,
      id: a.id,
      environment: a.environment,
      ...(a.previewEnvironment ? { previewEnvironment: a.previewEnvironment } : {}),
    })),
    oidcRoleName: 'InfraDeployRole',
    previewRoleName: 'InfraPreviewRole',
    executorRoleName: DEPLOY.executorRole,
    previewExecutorRoleName: PREVIEW.executorRole,
    ssoAdminRoleArns: opts.ssoAdminRoleArns,
  });
  const issuer = await startOidcIssuer();
  const sts = await startStsEmulator({
    providers: [{ issuer: issuer.url, jwksUrl: issuer.jwksUrl, arn: PROVIDER_ARN, keyPrefix: 'token.actions.githubusercontent.com' }],
  });
  loadRoles(sts, iam.roles.values());
  return {
    issuer,
    sts,
    iam,
    env: { ...issuer.env, ...sts.env },
    close: async () => {
      await sts.close();
      await issuer.close();
    },
  };
}
