import { z } from 'zod';
import { ENVIRONMENT_NAME } from '../../shared/trust-policies.js';

/**
 * The manifest's shape. Cross-references (account names, dependsOn, cycles, globs) are checked
 * afterwards in `validate.ts`, where every problem can be collected rather than the first.
 */

const NAME = /^[a-z][a-z0-9-]*$/;
const PROJECT = /^[A-Za-z][A-Za-z0-9._-]*$/;
const ROLE_NAME = /^[\w+=,.@/-]{1,512}$/;
/** A full IAM role ARN (any partition); nothing else may follow `arn:`, since role ARNs reach logs and STS session fields. */
const ROLE_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

const accountId = z.union([z.string(), z.number()]).transform((v, ctx) => {
  // An unquoted YAML number loses leading zeros, so only a 12-digit number is safe to accept.
  const s = typeof v === 'number' ? String(v) : v;
  if (!/^\d{12}$/.test(s)) {
    ctx.addIssue({
      code: 'custom',
      message:
        typeof v === 'number'
          ? `account id ${v} is not 12 digits; quote account ids ("012345678901") so YAML keeps leading zeros`
          : `account id "${v}" must be exactly 12 digits`,
    });
    return z.NEVER;
  }
  return s;
});

const roleName = z
  .string()
  .min(1)
  .refine((s) => ROLE_ARN.test(s) || (!s.startsWith('arn:') && ROLE_NAME.test(s)), {
    message: 'expected an IAM role name (letters, digits and +=,.@_-/) or a full role ARN (arn:aws:iam::<12 digits>:role/<name>)',
  });

const region = z.string();

/**
 * GitHub environment names as the trust policies accept them (shared/trust-policies.ts): the name
 * becomes part of the OIDC subject `repo:ORG/REPO:environment:NAME` and of the workflow's
 * `environment:`, so `:`, `/`, `*`, newlines and `${{` are refused.
 */
const environmentName = z.string().refine((s) => ENVIRONMENT_NAME.test(s), {
  message:
    'is not a usable GitHub environment name: use 1–255 letters, digits, spaces, ".", "_" or "-" (no ":", "/", "*", newlines or "${{"), not starting or ending with a space',
});

export const accountSchema = z.strictObject({
  name: z.string().regex(NAME, 'account names are lowercase letters, digits and dashes, starting with a letter'),
  id: accountId,
  regions: z.array(region).min(1, 'an account needs at least one region'),
  environment: environmentName.optional(),
  previewEnvironment: environmentName.optional(),
  protected: z.boolean().optional(),
});

export const projectSchema = z.strictObject({
  name: z.string().regex(PROJECT, 'project names are letters, digits, ".", "_" and "-", starting with a letter'),
  program: z.string().min(1),
  paths: z.array(z.string()).optional(),
  accounts: z.array(z.string()).min(1).optional(),
  dependsOn: z.array(z.string()).optional(),
  config: z.string().min(1).optional(),
});

/** What decides where a deploy goes and who may run it: the roles and the accounts (docs/trust-model.md). */
const bindingShape = {
  management: z.strictObject({
    accountId,
    oidcRole: roleName,
  }),
  executorRole: roleName,
  previewRole: z
    .strictObject({
      oidcRole: roleName,
      executorRole: roleName,
    })
    .optional(),
  accounts: z.array(accountSchema).min(1, 'declare at least one account'),
};

/**
 * Only the deploy binding of a manifest, other keys ignored: how the default branch's manifest is
 * read as the trusted source (src/manifest/deploy-binding.ts), whatever else it holds.
 */
export const bindingSchema = z.object(bindingShape);

export const manifestSchema = z.strictObject({
  org: z.string().regex(PROJECT, 'org is a Pulumi organisation name: letters, digits, ".", "_" and "-"'),
  backend: z.string().min(1).optional(),
  secretsProvider: z.string().min(1).optional(),
  ...bindingShape,
  triggers: z.array(z.string()).optional(),
  projects: z.array(projectSchema).min(1, 'declare at least one project'),
});

export type RawManifest = z.infer<typeof manifestSchema>;

/** The keys the schema allows at `path` (array indexes step into the items): the one list "unknown key" messages offer. */
export function knownKeys(path: readonly (string | number)[]): string[] {
  let node: z.ZodType | undefined = manifestSchema;
  for (const seg of [...path, undefined]) {
    while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    if (seg === undefined || typeof seg === 'number') continue;
    node = node instanceof z.ZodObject ? (node.shape as Record<string, z.ZodType>)[seg] : undefined;
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}
