/**
 * A small evaluator for the IAM operators trust policies use (StringEquals, StringLike,
 * StringNotEquals, ArnEquals, ArnLike, Bool, principals, actions). The npm IAM simulators are
 * AGPL-3.0, which a bundled action cannot carry. `verify` uses it to name the failing condition;
 * the STS emulator in test/support uses the very same code to decide.
 */

type Values = string | string[];

export interface TrustStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: '*' | { Federated?: Values; AWS?: Values; Service?: Values };
  Action?: Values;
  Condition?: Record<string, Record<string, Values>>;
}

export interface TrustPolicy {
  Version?: string;
  Statement: TrustStatement | TrustStatement[];
}

/** Who asks, for what, with which context keys (`token.actions.githubusercontent.com:sub`, `aws:…`). */
export interface TrustRequest {
  actions: string[];
  principal: { type: 'Federated' | 'AWS'; value: string };
  context: Record<string, Values | undefined>;
}

export interface StatementVerdict {
  sid: string;
  effect: 'Allow' | 'Deny';
  /** Why the statement does not apply; empty when it applies. */
  failures: string[];
  /** Actions of the request the statement covers. */
  actions: string[];
}

export interface TrustDecision {
  allowed: boolean;
  /** One line per reason the request is refused; empty when allowed. */
  reasons: string[];
  statements: StatementVerdict[];
}

const list = (v: Values | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** IAM glob: `*` any run of characters, `?` one character; case-sensitive. */
export function globMatch(pattern: string, value: string): boolean {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 's').test(value);
}

function principalMatches(statement: TrustStatement, p: TrustRequest['principal']): string | undefined {
  if (statement.Principal === '*') return undefined;
  const allowed = list(statement.Principal?.[p.type]);
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
  if (values.length === 0) {
    if (ifExists || setOp === 'ForAllValues') return undefined;
    return `${operator} ${key}: the request has no ${key}; the policy wants ${fmt(wanted)}`;
  }
  const one = (v: string): boolean => {
    switch (base) {
      case 'StringEquals':
      case 'ArnEquals':
        return base === 'ArnEquals' ? wanted.some((w) => globMatch(w, v)) : wanted.includes(v);
      case 'StringEqualsIgnoreCase':
        return wanted.some((w) => w.toLowerCase() === v.toLowerCase());
      case 'StringLike':
      case 'ArnLike':
        return wanted.some((w) => globMatch(w, v));
      case 'StringNotEquals':
        return !wanted.includes(v);
      case 'StringNotLike':
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
  return `${operator} ${key}: the request has ${fmt(values)}; the policy allows ${fmt(wanted)}`;
}

const fmt = (v: string[]): string => (v.length === 1 ? `"${v[0]}"` : `one of ${v.map((x) => `"${x}"`).join(', ')}`);

function actionCovered(patterns: string[], action: string): boolean {
  return patterns.some((p) => globMatch(p.toLowerCase(), action.toLowerCase()));
}

/** Evaluates one statement against the request. */
export function evaluateStatement(s: TrustStatement, req: TrustRequest, index = 0): StatementVerdict {
  const failures: string[] = [];
  const principal = principalMatches(s, req.principal);
  if (principal) failures.push(principal);
  for (const [operator, keys] of Object.entries(s.Condition ?? {})) {
    for (const [key, wanted] of Object.entries(keys)) {
      const f = conditionFailure(operator, key, list(wanted), req.context[key]);
      if (f) failures.push(f);
    }
  }
  const patterns = list(s.Action);
  return { sid: s.Sid ?? `Statement[${index}]`, effect: s.Effect, failures, actions: req.actions.filter((a) => actionCovered(patterns, a)) };
}

/**
 * Decides whether the trust policy lets the principal do every requested action: each action needs
 * an applicable Allow, and an applicable Deny on any of them refuses the whole request.
 */
export function evaluateTrustPolicy(policy: TrustPolicy, req: TrustRequest): TrustDecision {
  const statements = list(policy.Statement as unknown as Values).length ? (Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]) : [];
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
