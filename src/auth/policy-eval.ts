/**
 * The project's one IAM policy evaluator, for trust policies (who may assume a role) and identity
 * policies (what a role may do, on which resource). The npm IAM simulators are AGPL-3.0, which a
 * bundled action cannot carry, so this is our own small one. Three users share this exact code:
 * `verify` (to name the condition that fails), the STS emulator in test/support (to decide), and
 * the bootstrap programs' tests (to prove who reaches what from their rendered output).
 *
 * Covered: Principal (Federated/AWS/Service, `*`, account ids and roots), Action/NotAction,
 * Resource/NotResource, explicit Deny wins, and the operators String(Not)Equals(IgnoreCase),
 * String(Not)Like, Arn(Not)Equals/Like, Bool, Null, with `IfExists` and the ForAnyValue/ForAllValues
 * set qualifiers. Not covered (we never write them): numeric/date/IP operators, policy variables,
 * permission boundaries, SCPs, session policies.
 */

type Values = string | string[];

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  /** Absent in identity policies: they apply to the role they are attached to. */
  Principal?: '*' | { Federated?: Values; AWS?: Values; Service?: Values };
  Action?: Values;
  NotAction?: Values;
  Resource?: Values;
  NotResource?: Values;
  Condition?: Record<string, Record<string, Values>>;
}

export interface Policy {
  Version?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

/** Who asks, for what, on which resource, with which context keys (`token.actions.githubusercontent.com:sub`, `aws:…`, `s3:prefix`). */
export interface PolicyRequest {
  actions: string[];
  /** The caller; omit for identity policies (they name no principal). */
  principal?: { type: 'Federated' | 'AWS' | 'Service'; value: string };
  /** The resource ARN; omit for trust policies (the role itself is the resource). */
  resource?: string;
  context?: Record<string, Values | undefined>;
}

export interface StatementVerdict {
  sid: string;
  effect: 'Allow' | 'Deny';
  /** Why the statement does not apply; empty when it applies. */
  failures: string[];
  /** Actions of the request the statement covers. */
  actions: string[];
}

export interface PolicyDecision {
  allowed: boolean;
  /** One line per reason the request is refused; empty when allowed. */
  reasons: string[];
  statements: StatementVerdict[];
}

const list = (v: Values | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** IAM glob: `*` any run of characters, `?` one character; case-sensitive. */
export function globMatch(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 's').test(value);
}

function principalMatches(statement: PolicyStatement, p: PolicyRequest['principal']): string | undefined {
  if (statement.Principal === undefined) return undefined; // identity policy
  if (statement.Principal === '*') return undefined;
  if (!p) return 'Principal: the statement names a principal but the request has no caller';
  const allowed = list(statement.Principal[p.type]);
  if (allowed.includes('*')) return undefined;
  const account = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(p.value)?.[1];
  for (const a of allowed) {
    if (a === p.value) return undefined;
    if (p.type === 'AWS' && account && (a === account || a === `arn:aws:iam::${account}:root`)) return undefined;
  }
  const want = allowed.length ? allowed.map((a) => `"${a}"`).join(', ') : `no ${p.type} principal`;
  return `Principal: the caller is ${p.type} "${p.value}"; the statement names ${want}`;
}

function conditionFailure(operator: string, key: string, wanted: string[], actual: Values | undefined): string | undefined {
  const ifExists = operator.endsWith('IfExists');
  const setOp = /^(ForAnyValue|ForAllValues):/.exec(operator)?.[1];
  const base = operator.replace(/IfExists$/, '').replace(/^(ForAnyValue|ForAllValues):/, '');
  const values = list(actual);
  if (base === 'Null') {
    const wantNull = wanted.some((w) => w.toLowerCase() === 'true');
    if ((values.length === 0) === wantNull) return undefined;
    return `Null ${key}: the request ${values.length ? `has ${fmt(values)}` : `has no ${key}`}; the policy wants it ${wantNull ? 'absent' : 'present'}`;
  }
  // A missing key satisfies IfExists, ForAllValues and the negated operators (as in IAM).
  const negated = /Not/.test(base);
  if (values.length === 0) {
    if (ifExists || setOp === 'ForAllValues' || negated) return undefined;
    return `${operator} ${key}: the request has no ${key}; the policy wants ${fmt(wanted)}`;
  }
  const one = (v: string): boolean => {
    switch (base) {
      case 'StringEquals':
        return wanted.includes(v);
      case 'ArnEquals':
      case 'ArnLike':
      case 'StringLike':
        return wanted.some((w) => globMatch(w, v));
      case 'StringEqualsIgnoreCase':
        return wanted.some((w) => w.toLowerCase() === v.toLowerCase());
      case 'StringNotEqualsIgnoreCase':
        return !wanted.some((w) => w.toLowerCase() === v.toLowerCase());
      case 'StringNotEquals':
        return !wanted.includes(v);
      case 'StringNotLike':
      case 'ArnNotEquals':
      case 'ArnNotLike':
        return !wanted.some((w) => globMatch(w, v));
      case 'Bool':
        return wanted.some((w) => w.toLowerCase() === v.toLowerCase());
      default:
        return false;
    }
  };
  const ok = setOp === 'ForAllValues' ? values.every(one) : values.some(one);
  if (ok) return undefined;
  return `${operator} ${key}: the request has ${fmt(values)}; the policy ${negated ? 'excludes' : 'allows'} ${fmt(wanted)}`;
}

const fmt = (v: string[]): string => (v.length === 1 ? `"${v[0]}"` : `one of ${v.map((x) => `"${x}"`).join(', ')}`);

/** Actions are case-insensitive in IAM; `*` and `s3:Get*` are globs. */
function actionCovered(patterns: string[], action: string): boolean {
  return patterns.some((p) => globMatch(p.toLowerCase(), action.toLowerCase()));
}

function resourceFailure(s: PolicyStatement, resource: string | undefined): string | undefined {
  if (resource === undefined) return undefined; // trust policies: the resource is the role itself
  if (s.Resource !== undefined && !list(s.Resource).some((r) => globMatch(r, resource))) {
    return `Resource: "${resource}" is not among ${fmt(list(s.Resource))}`;
  }
  if (s.NotResource !== undefined && list(s.NotResource).some((r) => globMatch(r, resource))) {
    return `NotResource: "${resource}" is excluded`;
  }
  if (s.Resource === undefined && s.NotResource === undefined && s.Principal === undefined)
    return 'Resource: the statement names no resource';
  return undefined;
}

/** Evaluates one statement against the request. */
export function evaluateStatement(s: PolicyStatement, req: PolicyRequest, index = 0): StatementVerdict {
  const failures: string[] = [];
  const principal = principalMatches(s, req.principal);
  if (principal) failures.push(principal);
  const resource = resourceFailure(s, req.resource);
  if (resource) failures.push(resource);
  for (const [operator, keys] of Object.entries(s.Condition ?? {})) {
    for (const [key, wanted] of Object.entries(keys)) {
      const f = conditionFailure(operator, key, list(wanted), req.context?.[key]);
      if (f) failures.push(f);
    }
  }
  const covered =
    s.NotAction !== undefined
      ? req.actions.filter((a) => !actionCovered(list(s.NotAction), a))
      : req.actions.filter((a) => actionCovered(list(s.Action), a));
  return { sid: s.Sid ?? `Statement[${index}]`, effect: s.Effect, failures, actions: covered };
}

/**
 * Decides whether the policy lets the request do every requested action: each action needs an
 * applicable Allow, and an applicable Deny on any of them refuses the whole request.
 */
export function evaluatePolicy(policy: Policy, req: PolicyRequest): PolicyDecision {
  const statements = Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : [];
  const verdicts = statements.map((s, i) => evaluateStatement(s, req, i));
  const reasons: string[] = [];
  for (const v of verdicts) {
    if (v.effect === 'Deny' && v.failures.length === 0 && v.actions.length > 0) reasons.push(`${v.sid} denies ${v.actions.join(', ')}`);
  }
  for (const action of req.actions) {
    const candidates = verdicts.filter((v) => v.effect === 'Allow' && v.actions.includes(action));
    if (candidates.some((v) => v.failures.length === 0)) continue;
    if (candidates.length === 0) reasons.push(`no statement allows ${action}`);
    else for (const c of candidates) reasons.push(...c.failures.map((f) => `${c.sid} (${action}): ${f}`));
  }
  return { allowed: reasons.length === 0, reasons: [...new Set(reasons)], statements: verdicts };
}
