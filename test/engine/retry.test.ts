import { describe, expect, it } from '@jest/globals';
import { transientReason, withRetry } from '../../src/engine/retry.js';
import { satisfies, installVersion } from '../../src/engine/versions.js';
import { EventCollector } from '../../src/engine/events.js';

describe('transient failures', () => {
  it.each([
    ['error: net/http: TLS handshake timeout', 'TLS handshake timeout'],
    ['PutMetricAlarm: A separate request to update this alarm is in progress', 'CloudWatch alarm update in progress'],
    ['api error Throttling: Rate exceeded', 'AWS throttling'],
    ['error: the stack is currently locked by 1 lock(s)', 'stack lock held by another update'],
  ])('%s is transient', (message, why) => expect(transientReason(message)).toBe(why));

  it.each([
    ['error: Running program failed: TLS handshake timeout in user code'],
    ['mandatory policy violation'],
    ['error: resource already exists'],
  ])('%s never retries', (message) => {
    expect(transientReason(message)).toBeUndefined();
  });

  it('backs off exponentially, bounded, and reports the attempts used', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const fail = () => {
      calls++;
      throw new Error('TLS handshake timeout');
    };
    await expect(
      withRetry(
        's',
        async () => fail(),
        { attempts: 4, baseDelayMs: 1000, maxDelayMs: 3000 },
        { sleep: async (ms) => void sleeps.push(ms), log: () => undefined },
      ),
    ).rejects.toMatchObject({ attempts: 4 });
    expect(calls).toBe(4);
    expect(sleeps).toEqual([1000, 2000, 3000]);
  });
});

describe('pulumi-version ranges', () => {
  it.each([
    ['3.205.0', '^3.205.0', true],
    ['3.210.1', '^3.205.0', true],
    ['3.200.0', '^3.205.0', false],
    ['4.0.0', '^3.205.0', false],
    ['3.205.3', '~3.205.0', true],
    ['3.206.0', '~3.205.0', false],
    ['3.206.0', '>=3.205.0', true],
    ['3.206.0', '3.x', true],
    ['3.205.0', '3.205.0', true],
    ['v3.205.0', '3.205.1', false],
  ])('%s satisfies %s: %s', (v, r, ok) => expect(satisfies(v, r)).toBe(ok));

  it('installs the lower bound of a range', () => {
    expect(installVersion('^3.205.0')).toBe('3.205.0');
    expect(() => installVersion('latest')).toThrow(/pulumi-version/);
  });
});

describe('EventCollector', () => {
  it('shows a replacement once, with its reasons, and ignores unchanged and ephemeral things', () => {
    const c = new EventCollector();
    const meta = (op: string, name: string, extra = {}) => ({
      metadata: { op, urn: `urn:pulumi:s::p::aws:ec2/subnet:Subnet::${name}`, type: 'aws:ec2/subnet:Subnet', ...extra },
    });
    c.add({ resourcePreEvent: meta('same', 'a') });
    c.add({ resourcePreEvent: meta('create-replacement', 'b', { keys: ['cidrBlock'] }) });
    c.add({ resourcePreEvent: meta('replace', 'b', { keys: ['cidrBlock'], detailedDiff: { 'tags.x': {}, cidrBlock: {} } }) });
    c.add({ resourcePreEvent: meta('delete-replaced', 'b') });
    c.add({ diagnosticEvent: { message: 'progress', severity: 'info', ephemeral: true } });
    c.add({ diagnosticEvent: { message: 'careful\n', severity: 'warning', urn: 'u' } });
    const d = c.digest();
    expect(d.changes).toEqual([
      {
        type: 'aws:ec2/subnet:Subnet',
        name: 'b',
        urn: 'urn:pulumi:s::p::aws:ec2/subnet:Subnet::b',
        op: 'replace',
        diffKeys: ['tags', 'cidrBlock'],
        replaceKeys: ['cidrBlock'],
      },
    ]);
    expect(d.diagnostics).toEqual([{ severity: 'warning', message: 'careful', urn: 'u' }]);
    expect(d.counts).toEqual({ replace: 1 });
  });
});
