import { oidcRoleTrustPolicy, previewRoleTrustPolicy } from '../../programs/bootstrap-management/policies.js';
import { executorTrustPolicy, previewExecutorTrustPolicy } from '../../programs/bootstrap-account/policies.js';
import type { Account, RolePair } from '../../src/manifest/types.js';
import { startOidcIssuer, type OidcIssuer } from '../support/oidc-issuer.js';
import { startStsEmulator, type StsEmulator } from '../support/sts-emulator.js';

/** A management account and three target accounts whose roles trust exactly what the bootstrap programs create. */
export const MANAGEMENT = '000000000000';
export const PROVIDER_ARN = `arn:aws:iam::${MANAGEMENT}:oidc-provider/token.actions.githubusercontent.com`;
export const DEPLOY: RolePair = { oidcRoleArn: `arn:aws:iam::${MANAGEMENT}:role/InfraDeployRole`, executorRole: 'UnkeyPulumiAWSExecutor' };
export const PREVIEW: RolePair = { oidcRoleArn: `arn:aws:iam::${MANAGEMENT}:role/InfraPreviewRole`, executorRole: 'UnkeyPulumiAWSPreview' };
export const ACCOUNTS: Account[] = [
  { name: 'sandbox', id: '111111111111', regions: ['us-east-1'], environment: 'sandbox', protected: false },
  { name: 'canary', id: '222222222222', regions: ['us-east-1'], environment: 'canary', protected: false },
  { name: 'production', id: '333333333333', regions: ['us-east-1', 'eu-west-1'], environment: 'production', protected: true },
];

export interface World {
  issuer: OidcIssuer;
  sts: StsEmulator;
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startWorld(repository = 'acme/infra'): Promise<World> {
  const issuer = await startOidcIssuer();
  const sts = await startStsEmulator({
    providers: [{ issuer: issuer.url, jwksUrl: issuer.jwksUrl, arn: PROVIDER_ARN, keyPrefix: 'token.actions.githubusercontent.com' }],
  });
  sts.roles.set(DEPLOY.oidcRoleArn, oidcRoleTrustPolicy({ providerArn: PROVIDER_ARN, repository, refs: ['main'], environments: ['sandbox', 'canary', 'production'] }));
  sts.roles.set(PREVIEW.oidcRoleArn, previewRoleTrustPolicy({ providerArn: PROVIDER_ARN, repository }));
  for (const a of ACCOUNTS) {
    sts.roles.set(`arn:aws:iam::${a.id}:role/${DEPLOY.executorRole}`, executorTrustPolicy({ managementRoleArn: DEPLOY.oidcRoleArn }));
    sts.roles.set(`arn:aws:iam::${a.id}:role/${PREVIEW.executorRole}`, previewExecutorTrustPolicy({ previewRoleArn: PREVIEW.oidcRoleArn }));
  }
  return {
    issuer,
    sts,
    env: { ...issuer.env, ...sts.env },
    close: async () => {
      await sts.close();
      await issuer.close();
    },
  };
}
