// Entry of the `builtin:bootstrap-management` Pulumi program.
import { createManagement } from './program.js';

const outputs = createManagement();
export const oidcProviderArn = outputs.oidcProviderArn;
export const deployRoleArn = outputs.deployRoleArn;
export const previewRoleArn = outputs.previewRoleArn;
export const stateBucket = outputs.stateBucket;
export const backendUrl = outputs.backendUrl;
export const secretsProvider = outputs.secretsProvider;
export const kmsKeyArn = outputs.kmsKeyArn;
