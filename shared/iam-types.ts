/**
 * Plain IAM policy JSON, as AWS (and the STS emulator in test/support) reads it. The programs write
 * these; src/auth/policy-eval.ts (the project's one evaluator) reads them.
 */

type ConditionOperator = 'StringEquals' | 'StringLike' | 'StringNotEquals' | 'StringNotLike' | 'Bool' | 'Null' | 'ArnLike' | 'ArnEquals';

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: { Federated?: string | string[]; AWS?: string | string[]; Service?: string | string[] } | '*';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Partial<Record<ConditionOperator, Record<string, string | string[]>>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}
