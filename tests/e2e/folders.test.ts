import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filledTemplate } from '../helpers/answers.js';
import { BIN, cleanEnv, ROOT, tempDir } from '../helpers/cli.js';
import { role, TRACKS, writeTree } from '../helpers/files.js';

const ONET = join(ROOT, 'tests', 'fixtures', 'onet');

/** The CLI, ended after a few seconds: a run that would spin forever shows as a null exit code. */
function bounded(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: cleanEnv(env),
    encoding: 'utf8',
    timeout: 8_000,
    input: '',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// /proc refuses new folders with ENOENT although its parent exists: Node's own `mkdir -p` loops there.
describe.skipIf(!existsSync('/proc/self'))('a folder that cannot be made under /proc', () => {
  it('career init: one line, exit 4, no hang', () => {
    const run = bounded(['init', '/proc/nope/deeper']);
    expect([run.code, run.stdout]).toEqual([4, '']);
    expect(run.stderr).toMatch(/^career: cannot create the folder \/proc\/nope: [^\n]+\n$/);
  });

  it('career import onet --out: one line, exit 4, no hang', () => {
    const run = bounded(['import', 'onet', ONET, '--out', '/proc/x']);
    expect([run.code, run.stdout]).toEqual([4, '']);
    expect(run.stderr).toMatch(/^career: cannot create the folder \/proc\/[^\n]+\n$/);
  });

  it('a history folder under /proc: the quiz says it cannot save, exit 4, no hang', async () => {
    const answers = await filledTemplate('seo-specialist', 'digital-marketing-manager', {
      performance: 'consistently',
      tasks: '[1, 3]',
      initiative: 'this-year',
      preparation: '[technologies, customers]',
    });
    const run = bounded(['quiz', '--answers', answers], { CAREER_DATA_HOME: '/proc/x' });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/cannot create the folder \/proc\/x/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a cache folder under /proc only costs time: the list is printed', () => {
    const kb = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${role('mine')}` });
    const run = bounded(['--data', kb, '--no-builtin', 'list'], { CAREER_CACHE_HOME: '/proc/x' });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('mine');
  });
});

describe('init into a file', () => {
  it('says a file stands there, exit 4, no raw system error', () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'afile'), 'x');
    const run = bounded(['init', 'afile'], {}, folder);
    expect([run.code, run.stdout]).toEqual([4, '']);
    expect(run.stderr).toBe(
      `career: cannot create the folder ${join(folder, 'afile')}: a file stands where a folder should be\n`,
    );
  });
});
