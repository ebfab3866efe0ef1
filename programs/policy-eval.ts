import type { ConditionOperator, PolicyDocument, PolicyStatement } from './iam-types.js';

/**
 * A small, pure evaluator of the IAM features our trust policies use (Principal Federated/AWS,
 * StringEquals, StringLike, Bool, ArnLike/ArnEquals; explicit Deny wins). Not a general IAM engine:
 * it is what the tests and the STS emulator need to answer "is this token/caller admitted?".
 */

export interface TrustRequest {
  action: string;
  /** The caller: `{ Federated: providerArn }` for web identity, `{ AWS: roleArn }` for AssumeRole. */
  principal: { Federated?: string; AWS?: string };
  /** Condition keys, e.g. `token.actions.githubusercontent.com:sub`. */
  context: Record<string, string>;
  /** Resource ARN, for permission policies. */
  resource?: string;
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** IAM glob: `*` any run, `?` one character, case-sensitive, whole string. */
export function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 's');
  return re.test(value);
}

function principalMatches(s: PolicyStatement, req: TrustRequest): boolean {
  if (s.Principal === undefined) return true; // identity policies have no Principal
  if (s.Principal === '*') return true;
  if (req.principal.Federated !== undefined && list(s.Principal.Federated).includes(req.principal.Federated)) return true;
  if (req.principal.AWS !== undefined && list(s.Principal.AWS).includes(req.principal.AWS)) return true;
  return false;
}

function conditionHolds(op: ConditionOperator, key: string, wanted: string[], ctx: Record<string, string>): boolean {
  const actual = ctx[key];
  if (actual === undefined) return false; // a missing key never satisfies a positive operator
  switch (op) {
    case 'StringEquals':
      return wanted.includes(actual);
    case 'StringNotEquals':
      return !wanted.includes(actual);
    case 'StringLike':
    case 'ArnLike':
      return wanted.some((w) => globMatch(w, actual));
    case 'ArnEquals':
      return wanted.includes(actual);
    case 'Bool':
      return wanted.map((w) => w.toLowerCase()).includes(actual.toLowerCase());
  }
}

function statementMatches(s: PolicyStatement, req: TrustRequest): boolean {
  if (!principalMatches(s, req)) return false;
  if (!list(s.Action).some((a) => globMatch(a, req.action))) return false;
  if (s.Resource !== undefined && req.resource !== undefined && !list(s.Resource).some((r) => globMatch(r, req.resource!))) return false;
  for (const [op, block] of Object.entries(s.Condition ?? {}) as [ConditionOperator, Record<string, string | string[]>][]) {
    for (const [key, wanted] of Object.entries(block)) if (!conditionHolds(op, key, list(wanted), req.context)) return false;
  }
  return true;
}

/** True when some Allow statement matches and no Deny does. */
export function isAllowed(policy: PolicyDocument, req: TrustRequest): boolean {
  const matching = policy.Statement.filter((s) => statementMatches(s, req));
  return matching.some((s) => s.Effect === 'Allow') && !matching.some((s) => s.Effect === 'Deny');
}
