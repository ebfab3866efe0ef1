import { annotationsFor } from '../../src/report/annotations.js';
import { COMMENT_LIMIT, FULL, renderComment, renderReport } from '../../src/report/comment.js';
import { escapeInline, stripAnsi } from '../../src/report/escape.js';
import { renderJobSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/job-summary.js';
import { commentMarker, hasMarker } from '../../src/report/marker.js';
import { renderMermaid } from '../../src/report/mermaid.js';
import { reportOutputs } from '../../src/report/outputs.js';
import { linksAndImages, renderedText } from '../support/gfm.js';
import { ctx, hostileRun, hugeRun, sixtyStackRun, stack, typicalRun, typicalWaves } from './fixtures.js';

/** Every `<details>`/`<pre>` opened is closed, in order: the layout cannot be broken from inside. */
function expectBalanced(body: string): void {
  const stackOfTags: string[] = [];
  for (const m of body.matchAll(/<(\/?)(details|pre|summary|code|sub|b)\b[^>]*>/g)) {
    if (!m[1]) stackOfTags.push(m[2]);
    else expect(stackOfTags.pop()).toBe(m[2]);
  }
  expect(stackOfTags).toEqual([]);
}

describe('PR comment', () => {
  test('a typical preview: marker first, summary table, unchanged folded into one line, details per changed stack, production flagged', () => {
    const { body, degradation } = renderComment(typicalRun(), ctx());
    expect(degradation).toBe(0);
    expect(body.startsWith(commentMarker(ctx()))).toBe(true);
    expect(body).toContain('| Stack | Account | Region | Create | Update | Delete | Replace | Status | Duration |');
    expect(body).toMatch(/\*\*No changes \(4\):\*\* <code>unkey\/network\/aws-sandbox-us-east-1<\/code>, /);
    expect(body.match(/<details>/g)).toHaveLength(4); // 4 changed stacks; no unchanged with diagnostics
    expect(body).toContain('> [!CAUTION]');
    expect(body).toMatch(/<code>unkey\/api\/aws-production-us-east-1<\/code> ⚠️ \| production \| us-east-1 \| 0 \| 1 \| 0 \| \*\*1\*\*/);
    expect(body).toContain('<b>port</b>'); // the key forcing the replacement stands out
    expect(body).toContain('[job summary](https://github.com/unkeyed/infra/actions/runs/123456789)');
    expectBalanced(body);
  });

  test('the marker keys on manifest, command and account set, not account order', () => {
    const a = commentMarker({ manifestPath: 'infra.yaml', command: 'preview', accounts: ['sandbox', 'canary'] });
    expect(commentMarker({ manifestPath: 'infra.yaml', command: 'preview', accounts: ['canary', 'sandbox'] })).toBe(a);
    expect(commentMarker({ manifestPath: 'infra.yaml', command: 'preview', accounts: ['sandbox'] })).not.toBe(a);
    expect(commentMarker({ manifestPath: 'other/infra.yaml', command: 'preview', accounts: ['sandbox', 'canary'] })).not.toBe(a);
    expect(commentMarker({ manifestPath: 'infra.yaml', command: 'up', accounts: ['sandbox', 'canary'] })).not.toBe(a);
    expect(hasMarker(`${a}\nbody`, { manifestPath: 'infra.yaml', command: 'preview', accounts: ['sandbox'] })).toBe(false);
  });

  test('a 60-stack up with a failure: the failure, its error and the skipped stacks are in the comment', () => {
    const run = sixtyStackRun();
    const { body, degradation } = renderComment(run, ctx({ command: 'up' }));
    expect(degradation).toBe(0);
    expect(body).toMatch(/^### ❌ infra-action up failed \(1 of 60 stacks\) — \d+ created, \d+ updated, \d+ deleted, \d+ replaced$/m);
    expect(body).toContain('**Failed:** <code>unkey/api/aws-canary-us-east-1</code>');
    expect(body).toContain('does not have an associated load balancer');
    expect(body).toMatch(/\*\*Skipped \(20\):\*\* <code>unkey\/network\/aws-production-us-east-1<\/code>/);
    const tableRows = body.split('\n').filter((l) => l.startsWith('| <code>'));
    const changedOrNotOk = run.stacks.filter((s) => (s.changes.length > 0 || s.status !== 'succeeded') && s.status !== 'skipped').length;
    expect(tableRows).toHaveLength(changedOrNotOk);
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expectBalanced(body);
  });

  test('a 5,000-resource diff stays under 65,536 characters, keeps the whole table and links the full output', () => {
    const run = hugeRun();
    const { body, degradation } = renderComment(run, ctx());
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(40_000); // it used the room it had
    expect(degradation).toBe(2);
    expect(body).toMatch(/\| …and \d{4} more \| \| \| \|/); // the long list is shortened…
    expect(renderedText(body)).toContain('aws:lb/targetGroup:TargetGroup');
    for (const s of run.stacks.filter((x) => x.changes.length > 0)) expect(body).toContain(`<code>${s.stack}</code>`); // …the table is whole
    expect(body).toContain('**shortened to fit a comment**');
    expect(body).toContain('[job summary](https://github.com/unkeyed/infra/actions/runs/123456789)');
    expect(renderedText(body)).not.toContain('deprecated: aws.s3.Bucket'); // step 1: unchanged stacks' details go first
    expectBalanced(body);
  });

  test('degrades in order: unchanged details, then lists, then details, then the table tail', () => {
    const run = hugeRun();
    const c = ctx();
    expect(renderComment(run, c, 10_000_000).degradation).toBe(0);
    expect(renderedText(renderComment(run, c, 10_000_000).body)).toContain('deprecated: aws.s3.Bucket');
    const tableLength = renderReport(run, c, { ...FULL, unchangedDetails: false, details: false }, 'comment').length;
    const tableOnly = renderComment(run, c, tableLength + 10);
    expect(tableOnly.degradation).toBe(3);
    expect(tableOnly.body).not.toContain('<details>');
    expect(tableOnly.body).toContain('<code>unkey/api/aws-production-us-east-1</code> ⚠️');
    const many = {
      operation: 'preview' as const,
      ok: true,
      stacks: Array.from({ length: 3000 }, (_, i) => stack(`p${i}`, 'sandbox', 'us-east-1', { changes: [], counts: { update: 1 } })),
    };
    const cut = renderComment(many, c);
    expect(cut.degradation).toBe(4);
    expect(cut.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(cut.body).toMatch(/…and \d+ more stacks \(see the job summary\)/);
  });

  test('hundreds of failed stacks with long errors still fit', () => {
    const error = `error: ${'the provider said no. '.repeat(100)}`;
    const run = {
      operation: 'up' as const,
      ok: false,
      stacks: Array.from({ length: 400 }, (_, i) => stack(`p${i}`, 'canary', 'us-east-1', { operation: 'up', status: 'failed', error })),
    };
    const { body, degradation } = renderComment(run, ctx({ command: 'up' }));
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(degradation).toBe(4);
    expect(body).toContain('❌ infra-action up failed (400 of 400 stacks)');
    expect(body).toMatch(/…and \d+ more failed stacks \(see the job summary\)/);
    expectBalanced(body);
  });

  test('hostile names and messages cannot break the layout or inject markup; ANSI goes, [secret] and *** stay', () => {
    const { body } = renderComment(hostileRun(), ctx());
    expectBalanced(body);
    expect(body).not.toMatch(/<script|<img|<details open|\u001b/);
    expect(body).not.toContain('](javascript');
    const text = renderedText(body);
    expect(text).toContain('</details><script>alert(1)</script>');
    expect(text).toContain('</pre></details>');
    expect(body).not.toContain('@octocat'); // no pings from resource names
    expect(body).not.toMatch(/```/);
    expect(body.split('\n').filter((l) => l.startsWith('<!-- infra-action:comment'))).toHaveLength(1);
    expect(text).toContain('password [secret] and token ***');
    expect(text).toContain('secret value [secret]');
    expect(text).toContain('red warning');
    // Each table row still has exactly 4 cells: no stray pipes from names.
    for (const row of body.split('\n').filter((l) => /^\| (🟢|🟡)/.test(l))) expect(row.split('|')).toHaveLength(6);
  });

  test('untrusted text renders as text in a real GFM renderer: no link, image, autolink or bidi override', () => {
    const { body } = renderComment(hostileRun(), ctx({ runUrl: undefined }));
    expect(linksAndImages(body)).toEqual([]);
    const text = renderedText(body);
    expect(text).toContain('[secret](https://evil.example/steal) ![x](https://evil.example/p.png)');
    expect(text).toContain('https://evil.example/bare www.evil.example <https://evil.example/a> x@evil.example //evil.example');
    expect(text).toContain('[k](https://evil.example/k)');
    // Controls and bidi overrides are shown, not obeyed.
    expect(text).toContain('ok\\u202egnp.exe\\x1b[2J\\x07\\x9b31m');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u0008\u001b\u007f-\u009f]/);
    // Our own link to the run is the only one.
    const withRun = renderComment(hostileRun(), ctx()).body;
    expect(linksAndImages(withRun).every((a) => a.includes('href="https://github.com/unkeyed/infra/actions/runs/123456789"'))).toBe(true);
  });

  test('escaping helpers', () => {
    expect(stripAnsi('\u001b[1;31mbold red\u001b[0m \u001b]8;;https://x\u0007link\u001b]8;;\u0007')).toBe('bold red link');
    expect(escapeInline('a|b\nc')).toBe('a&#124;b&#92;nc'); // a newline in a name is shown, never obeyed
    expect(renderedText(escapeInline('[secret]'))).toBe('[secret]');
    expect(escapeInline('x'.repeat(400)).length).toBeLessThanOrEqual(300);
  });
});

describe('job summary, annotations, outputs', () => {
  test('the job summary holds the diagram and the full report (nothing shortened)', () => {
    const run = hugeRun();
    const md = renderJobSummary(run, ctx());
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md.startsWith('```mermaid\nflowchart LR')).toBe(true);
    expect(md.split('\n').filter((l) => /^\| (🟢|🟡|🔴|🟣)/.test(l)).length).toBe(5000 + 12 + 40);
    expect(renderedText(md)).toContain('deprecated: aws.s3.Bucket');
  });

  test('the diagram orders accounts by promotion and stacks by wave, coloured by result', () => {
    const m = renderMermaid(typicalRun(), ctx({ waves: typicalWaves() }));
    const accounts = [...m.matchAll(/subgraph (a\d+)\["(\w+)"\]/g)].map((x) => x[2]);
    expect(accounts).toEqual(['sandbox', 'canary', 'production']);
    expect(m).toContain('a0 ==> a1');
    expect(m).toContain('a1 ==> a2');
    expect(m).toContain('a0w0 --> a0w1');
    expect(m).toMatch(/\["api · us-east-1"\]:::changed/);
    expect(m).toMatch(/\["network · us-east-1"\]:::unchanged/);
    const failed = renderMermaid(sixtyStackRun(), ctx());
    expect(failed).toMatch(/\["api · us-east-1 · failed"\]:::failed/);
    expect(failed).toMatch(/:::skipped/);
    const hostile = renderMermaid(hostileRun(), ctx());
    expect(hostile).not.toMatch(/<script/);
  });

  test('annotations are named by stack; errors and warnings, production destruction warned', () => {
    const notes = annotationsFor(sixtyStackRun(), ctx());
    expect(notes).toContainEqual(expect.objectContaining({ level: 'error', title: 'unkey/api/aws-canary-us-east-1' }));
    expect(notes.filter((n) => n.level === 'error')).toHaveLength(1); // the error diagnostic equals the error
    const typical = annotationsFor(typicalRun(), ctx());
    expect(typical).toContainEqual({
      level: 'warning',
      title: 'unkey/api/aws-production-us-east-1',
      message: 'preview deletes 0 and replaces 1 resource(s) in production account production',
    });
    expect(typical).toContainEqual(expect.objectContaining({ level: 'warning', title: 'unkey/api/aws-sandbox-us-east-1' }));
    const hostile = annotationsFor(hostileRun(), ctx());
    expect(hostile.map((a) => a.message).join('\n')).not.toContain('\u001b');
  });

  test('outputs: has-changes and a compact summary-json', () => {
    const out = reportOutputs(typicalRun(), ctx());
    expect(out['has-changes']).toBe('true');
    const json = JSON.parse(out['summary-json']);
    expect(json.stacks).toHaveLength(8);
    expect(json.stacks.find((s: { stack: string }) => s.stack === 'unkey/api/aws-production-us-east-1')).toMatchObject({
      update: 1,
      replace: 1,
      changed: true,
    });
    const none = reportOutputs({ operation: 'preview', ok: true, stacks: [stack('api', 'sandbox', 'us-east-1')] });
    expect(none['has-changes']).toBe('false');
  });
});
