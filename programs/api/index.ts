// Entry of the `builtin:api` Pulumi program (see ../README section "Builtin programs").
import { createApi } from './program.js';

const outputs = createApi();
export const url = outputs.url;
export const albDnsName = outputs.albDnsName;
export const clusterName = outputs.clusterName;
export const serviceName = outputs.serviceName;
export const hasReplica = outputs.hasReplica;
export const image = outputs.image;
