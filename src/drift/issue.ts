import { createHash } from 'node:crypto';
import { escapeInline } from '../report/escape.js';
import { DRIFT_OP_TEXT, propertiesText, type DriftStack } from './model.js';

/**
 * The GitHub issue of one drifted stack, pure. The first line is a hidden marker naming the
 * stack: it is how a later run finds the issue again (among open issues labelled `drift` that our
 * own identity created). Everything from the program or the cloud (names, types, property paths)
 * is escaped: a resource named `</details>` or `@team` is shown, never obeyed.
 */

const MARKER = '<!-- infra-action:drift stack=';
const SIGNATURE = '<!-- infra-action:drift-signature ';
/** GitHub refuses issue and comment bodies over 65,536 characters; stay well below. */
export const BODY_LIMIT = 60_000;

/** The label every drift issue carries, and the account label beside it. */
export const DRIFT_LABEL = 'drift';
export const accountLabel = (account: string): string => `account:${account}`;

export function driftMarker(stack: string): string {
  return `${MARKER}${encodeURIComponent(stack).replace(/%2F/g, '/')} -->`;
}

/** The stack a body's marker names, or undefined when the body is not a drift issue of ours. */
export function parseDriftMarker(body: string | null | undefined): string | undefined {
  if (typeof body !== 'string' || !body.startsWith(MARKER)) return undefined;
  const end = body.indexOf(' -->');
  if (end < 0) return undefined;
  try {
    return decodeURIComponent(body.slice(MARKER.length, end));
  } catch {
    return undefined;
  }
}

/** A short digest of what drifted (resources, ops, property paths): tells "drifted again differently" from "still the same drift". */
export function driftSignature(s: DriftStack): string {
  const canonical = s.resources
    .map(
      (r) =>
        `${r.urn}|${r.op}|${
          r.properties
            .map((p) => `${p.path}:${p.kind}`)
            .sort()
            .join(',') || r.keys.slice().sort().join(',')
        }`,
    )
    .sort()
    .join('\n');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** The signature recorded in an issue body, if any. */
export function parseDriftSignature(body: string | null | undefined): string | undefined {
  const m = typeof body === 'string' ? /<!-- infra-action:drift-signature ([0-9a-f]+) -->/.exec(body) : null;
  return m?.[1];
}

/** The last `up` recorded from a laptop for the stack's account (GitHub Deployments). */
export interface ManualDeploymentNote {
  actor: string;
  sha: string;
  /** ISO time of the record. */
  at: string;
  stacks: string[];
  /** The working tree had uncommitted changes. */
  dirty?: boolean;
  /** The commit was not on the default branch. */
  offDefaultBranch?: boolean;
}

export interface DriftIssueContext {
  /** ISO time of this run. */
  now: string;
  /** The workflow run, for the "last seen" link. */
  runUrl?: string;
  sha?: string;
  /** The newest manual deployment of the stack's account, when one is recorded. */
  lastManual?: ManualDeploymentNote;
}

export function driftIssueTitle(s: DriftStack): string {
  return `Drift: ${s.stack}`;
}

const cell = (text: string, max = 200) => escapeInline(text, max) || '–';
const when = (iso: string) => iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
const shortSha = (sha: string) => (/^[0-9a-f]{7,40}$/i.test(sha) ? sha.slice(0, 7) : escapeInline(sha, 40));

/** What the issue says about the last manual deployment. */
export function manualText(s: DriftStack, m: ManualDeploymentNote | undefined): string {
  if (!m) return `No manual deployment is recorded for **${cell(s.account)}**.`;
  const flags = [
    m.dirty ? 'from a working tree with uncommitted changes' : '',
    m.offDefaultBranch ? 'of a commit that is not on the default branch' : '',
  ].filter(Boolean);
  const covered = m.stacks.includes(s.stack)
    ? 'including this stack'
    : `of ${m.stacks.length} other stack${m.stacks.length === 1 ? '' : 's'}`;
  return `**Last manual deployment:** ${cell(m.actor, 100)} ran \`up\` on ${when(m.at)} at commit ${shortSha(m.sha)} (${covered})${flags.length ? `, ${flags.join(' and ')}` : ''}. A manual deploy that was not followed by the pipeline is a likely cause.`;
}

/** The issue body: marker, what drifted (as many rows as fit under GitHub's limit), last seen, manual deploys, what to do. */
export function driftIssueBody(s: DriftStack, ctx: DriftIssueContext): string {
  const head = [
    driftMarker(s.stack),
    `${SIGNATURE}${driftSignature(s)} -->`,
    `The real resources of stack **${cell(s.stack)}** (account **${cell(s.account)}**, region **${cell(s.region)}**) differ from what its program describes: \`pulumi preview --refresh --expect-no-changes\` found ${s.resources.length} drifted resource${s.resources.length === 1 ? '' : 's'}.`,
    '',
    '| Resource | Type | Finding | Properties that differ |',
    '| --- | --- | --- | --- |',
  ];
  const seen = `**Last seen:** ${when(ctx.now)}${ctx.runUrl ? ` in [this run](${encodeURI(ctx.runUrl)})` : ''}${ctx.sha ? ` at commit ${shortSha(ctx.sha)}` : ''}.`;
  const tail = [
    '',
    seen,
    '',
    manualText(s, ctx.lastManual),
    '',
    '**What to do:** if the change was intended, put it in the program or the stack config and let the pipeline deploy it; if not, deploy the default branch to this account again (the pipeline, or `infra-action up` with this account and project) to put the resources back.',
    '',
    '<sub>Written by infra-action: every drift run updates this issue, and the first run that finds the stack in sync closes it. Edits to this text are overwritten.</sub>',
  ];
  const rows: string[] = [];
  let size = [...head, ...tail].join('\n').length + 200;
  for (const [i, r] of s.resources.entries()) {
    const row = `| ${cell(r.name)} | ${cell(r.type)} | ${cell(DRIFT_OP_TEXT[r.op] ?? r.op)} | ${cell(propertiesText(r), 2000)} |`;
    if (size + row.length + 1 > BODY_LIMIT) {
      rows.push(`| … and ${s.resources.length - i} more resources | | | see the run's job summary and log |`);
      break;
    }
    rows.push(row);
    size += row.length + 1;
  }
  return [...head, ...rows, ...tail].join('\n');
}

/** The comment a run leaves when the drift changed since the issue was last written. */
export function driftChangedComment(s: DriftStack, ctx: DriftIssueContext): string {
  const names = s.resources.slice(0, 20).map((r) => cell(r.name, 80));
  return `The drift changed on ${when(ctx.now)}${ctx.runUrl ? ` ([run](${encodeURI(ctx.runUrl)}))` : ''}: now ${s.resources.length} resource${s.resources.length === 1 ? '' : 's'} (${names.join(', ')}${s.resources.length > 20 ? ', …' : ''}). The issue text above shows the latest diff.`;
}

/** The comment a run leaves before closing the issue of a stack that is in sync again. */
export function driftResolvedComment(s: DriftStack, ctx: DriftIssueContext): string {
  return `No drift any more: on ${when(ctx.now)}${ctx.runUrl ? ` ([run](${encodeURI(ctx.runUrl)}))` : ''} the real resources of **${cell(s.stack)}** match its program. Closing.`;
}
