import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { BUNDLE, BUNDLE_STUB_MARKER } from '../support/run-action.js';
import { DOUBLE_BIN, makeInfraRepo, useDouble } from './fixture.js';

const DIST = dirname(BUNDLE);
const ROOT = resolve(DIST, '..');
const STUB = join(DIST, 'closure-serializer-stub.cjs');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

/** Runs a copy of the bundle (so a test may take chunks away) on the CLI double. */
function runBundle(bundle: string, args: string[], cwd: string) {
  return spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
      PULUMI_CONFIG_PASSPHRASE: 'test',
      INFRA_ACTION_CREDENTIALS: 'ambient',
    },
  });
}

describe('the lean bundle (dist/)', () => {
  it('carries neither TypeScript nor @npmcli/arborist, and stays under 6 MB', () => {
    const all = files(DIST);
    const names = all.map((f) => relative(DIST, f));
    expect(names.filter((n) => /typescript|vendor\/|node-gyp|\.d\.ts$/.test(n))).toEqual([]);
    const js = all.filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8'));
    // What only TypeScript's compiler (`versionMajorMinor`, both copies) and arborist (`idealTree`) contain.
    expect(js.filter((t) => t.includes('versionMajorMinor') || t.includes('idealTree'))).toEqual([]);
    const bytes = all.reduce((n, f) => n + statSync(f).size, 0);
    expect(bytes).toBeLessThanOrEqual(6_000_000);
  });

  it('stands a stub in for the closure serializer that loads quietly and fails loudly when used', () => {
    const load = `const m = require(${JSON.stringify(STUB)});
      // What __importStar and the SDK's runtime do at load time: read names, hold them.
      const held = m.serializeFunction; const shim = m.__esModule;
      process.stdout.write('loaded ' + typeof held + ' ' + shim + '\\n');
      try { held(() => 1); } catch (e) { process.stdout.write('threw: ' + e.message + '\\n'); }
      try { new m.Arborist({}); } catch (e) { process.stdout.write('threw: ' + e.message + '\\n'); }
      try { m.SyntaxKind.Identifier; } catch (e) { process.stdout.write('threw: ' + e.message + '\\n'); }`;
    const r = spawnSync(process.execPath, ['-e', load], { encoding: 'utf8' });
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('loaded function true');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^threw: infra-action: bundle stub reached: 'serializeFunction\(\)' was used, but dist\/ leaves out @pulumi\/pulumi's closure serializer/,
      ),
      expect.stringContaining("'new Arborist()' was used"),
      expect.stringContaining("'SyntaxKind.Identifier' was used"),
    ]);
    // Also on stderr, in case the SDK swallows the error: the e2e helper fails any run that shows it.
    expect(r.stderr.split('\n').filter((l) => l.startsWith(BUNDLE_STUB_MARKER))).toHaveLength(3);
  });

  it('plan never loads the engine: it runs with the Automation API chunk removed, preview does not', () => {
    const top = mkdtempSync(join(tmpdir(), 'dist-copy-'));
    const copy = join(top, 'dist');
    cpSync(DIST, copy, { recursive: true });
    const engineChunks = readdirSync(copy).filter(
      (f) => f.endsWith('.js') && readFileSync(join(copy, f), 'utf8').includes('Invalid workDir passed to local workspace'),
    );
    expect(engineChunks).toHaveLength(1);
    for (const f of engineChunks) rmSync(join(copy, f));
    // The bundle finds programs/ next to dist/.
    cpSync(join(ROOT, 'programs'), join(top, 'programs'), { recursive: true, filter: (src) => !src.includes('node_modules') });
    useDouble();
    const manifest = makeInfraRepo({ projects: [{ name: 'network' }] });
    const plan = runBundle(join(copy, 'index.js'), ['plan', '--manifest', manifest, '--project', 'network', '--json'], dirname(manifest));
    expect(plan.stderr).toBe('');
    expect(JSON.parse(plan.stdout).stacks.map((s: { stack: string }) => s.stack)).toEqual(['acme/network/aws-sandbox-us-east-1']);
    const preview = runBundle(join(copy, 'index.js'), ['preview', '--manifest', manifest, '--project', 'network'], dirname(manifest));
    expect(preview.status).not.toBe(0);
    expect(preview.stderr + preview.stdout).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });

  it('programs load @pulumi/pulumi (and its closure serializer) from their own node_modules, never from dist/', () => {
    // The Pulumi language host runs a program with the program folder's module resolution; the stub
    // lives only in the engine's bundle. (programs/testing/native-run.test.ts runs each program that way.)
    for (const program of ['api', 'bootstrap-account', 'bootstrap-management']) {
      const resolved = createRequire(join(ROOT, 'programs', program, 'package.json')).resolve(
        '@pulumi/pulumi/runtime/closure/serializeClosure.js',
      );
      expect(existsSync(resolved)).toBe(true);
      expect(relative(DIST, resolved).startsWith('..')).toBe(true);
    }
  });
});
