// Entry of the `builtin:bootstrap-management` Pulumi program.
import { createManagement } from './program.js';

const outputs = createManagement();
export const oidcProviderArn = outputs.oidcProviderArn;
export const deployRoleArns = outputs.deployRoleArns;
export const previewRoleArns = outputs.previewRoleArns;
export const stateBucket = outputs.stateBucket;
export const backendUrl = outputs.backendUrl;
export const secretsProvider = outputs.secretsProvider;
export const kmsKeyArns = outputs.kmsKeyArns;
