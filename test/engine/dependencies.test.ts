import { describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureProgramDependencies, restorePlugins, type DependencyCache } from '../../src/engine/dependencies.js';

/** A cache that keeps folders on disk by key, like GitHub's does between runs. */
function folderCache() {
  const store = mkdtempSync(join(tmpdir(), 'dep-cache-'));
  const events: string[] = [];
  const cache: DependencyCache = {
    restore: async (paths, key) => {
      events.push(`restore ${key}`);
      if (!existsSync(join(store, key))) return undefined;
      cpSync(join(store, key), paths[0], { recursive: true });
      return key;
    },
    save: async (paths, key) => {
      events.push(`save ${key}`);
      cpSync(paths[0], join(store, key), { recursive: true });
    },
  };
  return { cache, events };
}

function program(lock = '{"lockfileVersion":3}') {
  const dir = mkdtempSync(join(tmpdir(), 'program-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"p"}');
  writeFileSync(join(dir, 'package-lock.json'), lock);
  return dir;
}

describe('program dependencies', () => {
  it('installs once on a miss, saves, and restores on the next run instead of installing', async () => {
    const { cache, events } = folderCache();
    const installs: string[][] = [];
    const logs: string[] = [];
    const deps = {
      cache,
      log: (m: string) => logs.push(m),
      install: async (dir: string, command: string[]) => {
        installs.push(command);
        mkdirSync(join(dir, 'node_modules', '@pulumi', 'aws'), { recursive: true });
      },
    };
    expect(await ensureProgramDependencies(program(), deps)).toBe('installed');
    expect(installs).toEqual([['npm', 'ci', '--no-audit', '--no-fund']]);
    const warm = program();
    expect(await ensureProgramDependencies(warm, deps)).toBe('restored');
    expect(existsSync(join(warm, 'node_modules', '@pulumi', 'aws'))).toBe(true);
    expect(installs).toHaveLength(1);
    expect(events.map((e) => e.split(' ')[0])).toEqual(['restore', 'save', 'restore']);
    expect(logs.join('\n')).toMatch(/Restored .*node_modules from the cache \(infra-action-node-modules-/);
    const present = program();
    mkdirSync(join(present, 'node_modules'));
    expect(await ensureProgramDependencies(present, deps)).toBe('present');
    expect(await ensureProgramDependencies(mkdtempSync(join(tmpdir(), 'no-pkg-')), deps)).toBe('none');
  });

  it('keys the plugin cache on the programs’ lockfiles', async () => {
    const { cache } = folderCache();
    const log = () => undefined;
    const install = async () => undefined;
    const a = await restorePlugins(mkdtempSync(join(tmpdir(), 'home-')), [program('{"a":1}')], { cache, log, install });
    const b = await restorePlugins(mkdtempSync(join(tmpdir(), 'home-')), [program('{"a":1}')], { cache, log, install });
    const c = await restorePlugins(mkdtempSync(join(tmpdir(), 'home-')), [program('{"a":2}')], { cache, log, install });
    expect(a.key).toBe(b.key);
    expect(a.key).not.toBe(c.key);
    expect(a.hit).toBe(false);
  });
});
