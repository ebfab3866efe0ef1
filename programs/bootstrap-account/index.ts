// Entry of the `builtin:bootstrap-account` Pulumi program.
import { createAccount } from './program.js';

const outputs = createAccount();
export const executorRoleArn = outputs.executorRoleArn;
export const previewExecutorRoleArn = outputs.previewExecutorRoleArn;
