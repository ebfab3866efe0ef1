import { evaluatePolicy, type Policy, type PolicyRequest } from '../../src/auth/policy-eval.js';

/** True when the policy allows every action of the request: the yes/no the policy tests read. */
export function isAllowed(policy: Policy, req: PolicyRequest): boolean {
  return evaluatePolicy(policy, req).allowed;
}
