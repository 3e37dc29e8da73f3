import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, worldReadableCopy } from '../helpers/cli.js';

/**
 * On Node before 22.1, which has no compile cache of its own, the launcher
 * keeps V8's code cache of the program's files in dist/.code-cache/
 * (bin/code-cache.js). Where Node has one, it is Node's, and nothing is
 * written there.
 */
const ownCache =
  typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

function copy() {
  const bin = worldReadableCopy();
  const dist = join(dirname(bin), '..', 'dist');
  rmSync(join(dist, '.code-cache'), { recursive: true, force: true });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { env: cleanEnv(), encoding: 'utf8' });
  return { dist, folder: join(dist, '.code-cache'), run };
}

describe.skipIf(ownCache)('compiled code kept between runs (Node before 22.1)', () => {
  it('is written by the first run, read by the next, and the answers do not change', () => {
    const { folder, run } = copy();
    const first = run('show', 'seo-specialist', '--json');
    expect([first.status, first.stderr]).toEqual([0, '']);
    const entries = readdirSync(folder);
    expect(entries.some((name) => name.startsWith('cli.cjs-'))).toBe(true);
    expect(entries.every((name) => name.endsWith(`-${process.version}-${process.arch}`))).toBe(
      true,
    );
    const written = entries.map((name) => statSync(join(folder, name)).mtimeMs);
    const second = run('show', 'seo-specialist', '--json');
    expect([second.status, second.stdout]).toEqual([0, first.stdout]);
    // Accepted as it was: nothing rewritten.
    expect(entries.map((name) => statSync(join(folder, name)).mtimeMs)).toEqual(written);
  });

  it('replaces an entry V8 refuses, and runs on', () => {
    const { folder, run } = copy();
    const first = run('list', '--json');
    const entry = join(
      folder,
      readdirSync(folder).find((name) => name.startsWith('cli.cjs-')) as string,
    );
    writeFileSync(entry, 'not code');
    const again = run('list', '--json');
    expect([again.status, again.stderr, again.stdout]).toEqual([0, '', first.stdout]);
    expect(readFileSync(entry, 'utf8')).not.toBe('not code');
  });

  it('leaves things as they were where it cannot write', () => {
    const { folder, run } = copy();
    // A file where the folder should be: nothing can be kept, and the run is as without it.
    writeFileSync(folder, '');
    const result = run('list', '--json');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(10);
  });
});

describe.skipIf(!ownCache)('compiled code on Node 22.1 and newer', () => {
  it('is left to Node: nothing is written beside the program', () => {
    const { folder, run } = copy();
    expect(run('list', '--json').status).toBe(0);
    expect(() => readdirSync(folder)).toThrow();
  });
});
