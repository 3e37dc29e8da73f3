import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filledTemplate } from '../helpers/answers.js';
import { BIN, career, careerInTerminal, cleanEnv, tempDir } from '../helpers/cli.js';
import { role, TRACKS, writeTree } from '../helpers/files.js';

const FILLED = {
  performance: 'consistently',
  tasks: '[1, 3]',
  initiative: 'this-year',
  preparation: '[technologies, customers]',
};

/** A data folder with two saved quiz attempts. */
async function historyOfTwo(): Promise<Record<string, string>> {
  const env = { CAREER_DATA_HOME: tempDir('career-data-') };
  const answers = await filledTemplate('seo-specialist', 'digital-marketing-manager', FILLED);
  for (let i = 0; i < 2; i++)
    expect((await career(['quiz', '--answers', answers], { env })).code).toBe(0);
  return env;
}

describe('career cache clear', () => {
  it('removes the cache’s own files only, with --yes; without a terminal it needs --yes', async () => {
    const cache = tempDir('career-cache-');
    const env = { CAREER_CACHE_HOME: cache };
    const kb = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${role('mine')}` });
    expect((await career(['--data', kb, '--no-builtin', 'search', 'mine'], { env })).code).toBe(0);
    writeFileSync(join(cache, 'not-ours.txt'), 'kept');
    const cached = readdirSync(cache).filter((name) => name.startsWith('knowledge-base-'));
    expect(cached.length).toBeGreaterThan(0);

    const refused = await career(['cache', 'clear'], { env });
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toMatch(/no terminal to ask on; add --yes\n$/);
    expect(readdirSync(cache).length).toBe(cached.length + 1);

    const cleared = await career(['cache', 'clear', '--yes'], { env });
    expect(cleared).toEqual({
      code: 0,
      stdout: `Removed ${cached.length} cache files from ${cache}.\n`,
      stderr: '',
    });
    expect(readdirSync(cache)).toEqual(['not-ours.txt']);
    // Rebuilt as needed.
    expect((await career(['--data', kb, '--no-builtin', 'list'], { env })).code).toBe(0);
  });

  it('asks on a terminal, and names its folder in --help', async () => {
    const cache = tempDir('career-cache-');
    writeFileSync(join(cache, 'knowledge-base-0123abcd.json'), '{}');
    const env = { CAREER_CACHE_HOME: cache };
    const no = careerInTerminal(['cache', 'clear'], { env, input: 'n\n' });
    expect(no.code).toBe(0);
    expect(no.stdout).toContain(`Remove 1 cache file from ${cache}? [y/N]`);
    expect(existsSync(join(cache, 'knowledge-base-0123abcd.json'))).toBe(true);
    const yes = careerInTerminal(['cache', 'clear'], { env, input: 'y\n' });
    expect(yes.stdout).toContain(`Removed 1 cache file from ${cache}.`);
    expect(readdirSync(cache)).toEqual([]);
    const help = await career(['cache', '--help'], { env });
    expect(help.stdout).toContain(`The cache folder: ${cache}\n`);
  });
});

describe('career history --clear', () => {
  it('deletes every record with --yes, names the file in --help, and needs --yes without a terminal', async () => {
    const env = await historyOfTwo();
    const file = join(env.CAREER_DATA_HOME as string, 'history.jsonl');
    expect((await career(['history', '--help'], { env })).stdout).toContain(
      `The history file: ${file}\n`,
    );
    const refused = await career(['history', '--clear'], { env });
    expect(refused.code).toBe(2);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    const cleared = await career(['history', '--clear', '--yes'], { env });
    expect(cleared).toEqual({ code: 0, stdout: `Deleted 2 records from ${file}.\n`, stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe('');
    expect((await career(['history', '--json'], { env })).stdout).toBe('[]\n');
  });

  it('keeps every record when the answer on a terminal is no', async () => {
    const env = await historyOfTwo();
    const file = join(env.CAREER_DATA_HOME as string, 'history.jsonl');
    const no = careerInTerminal(['history', '--clear'], { env, input: 'n\n' });
    expect(no.code).toBe(0);
    expect(no.stdout).toContain(`Delete every quiz attempt and check-in in ${file}? [y/N]`);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('waits for the history lock: a save under way is never cut in half', async () => {
    const env = await historyOfTwo();
    const file = join(env.CAREER_DATA_HOME as string, 'history.jsonl');
    // A lock as a live writer holds it: this test's own process.
    const lock = `${file}.lock`;
    writeFileSync(
      lock,
      JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString() }),
    );
    const child = spawn(process.execPath, [BIN, 'history', '--clear', '--yes'], {
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 700));
    // Still waiting: the records are all there.
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    unlinkSync(lock);
    expect(await exited).toBe(0);
    expect(stdout).toBe(`Deleted 2 records from ${file}.\n`);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
