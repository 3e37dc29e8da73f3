import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ROOT, shell, tempDir } from '../helpers/cli.js';

/**
 * A test run leaves nothing in the temporary folder (tests/helpers/run-temp.ts):
 * every folder the tests make is in one folder of the run, removed at its end.
 */
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

/** A test file that makes folders, copies the program and runs it as another user. */
const SAMPLE = ['tests/e2e/import-edges.test.ts'];

/** A temporary folder as /tmp is: open to every user, sticky. */
function temporaryFolder(): string {
  const folder = tempDir('career-outer-');
  chmodSync(folder, 0o1777);
  return folder;
}

/** Runs vitest on `files` as `npm test` does, with `temporary` for its temporary folder. */
function vitestIn(temporary: string, files: readonly string[], extra: readonly string[] = []) {
  return spawnSync(process.execPath, [VITEST, 'run', ...files, ...extra], {
    cwd: ROOT,
    env: cleanEnv({ TMPDIR: temporary }),
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('a test run', () => {
  it('makes its folders in one folder of the run, open to every user as /tmp is', () => {
    const run = tmpdir();
    expect(basename(run)).toMatch(/^career-run-/);
    expect(statSync(run).mode & 0o7777).toBe(0o1777);
    expect(dirname(tempDir())).toBe(run);
    // The programs a test starts inherit it.
    expect(shell('echo "$TMPDIR"').stdout).toBe(`${run}\n`);
    if (process.getuid?.() === 0) {
      const nobody = spawnSync(
        'setpriv',
        ['--reuid=65534', '--regid=65534', '--clear-groups', 'mktemp', '-d'],
        { env: cleanEnv(), encoding: 'utf8' },
      );
      expect([nobody.status, dirname(nobody.stdout.trim())]).toEqual([0, run]);
    }
  });

  it('leaves nothing behind when it ends', () => {
    const temporary = temporaryFolder();
    const result = vitestIn(temporary, SAMPLE, ['-t', 'refuses a folder it may not read']);
    expect(result.stdout).toContain('tests: 1 passed, 0 failed');
    expect(result.status).toBe(0);
    expect(readdirSync(temporary)).toEqual([]);
  }, 120_000);

  it('interrupted (Ctrl-C), leaves at most its one folder', async () => {
    const temporary = temporaryFolder();
    // Its own process group, as a terminal's foreground job is: Ctrl-C signals every process in it.
    const child = spawn(process.execPath, [VITEST, 'run', ...SAMPLE], {
      cwd: ROOT,
      env: cleanEnv({ TMPDIR: temporary }),
      detached: true,
      stdio: 'ignore',
    });
    let running = true;
    const ended = new Promise<void>((resolve) =>
      child.on('close', () => {
        running = false;
        resolve();
      }),
    );
    // Interrupted while the tests run: once they have made folders of their own.
    const started = Date.now();
    while (running && Date.now() - started < 60_000) {
      const run = readdirSync(temporary).find((name) => name.startsWith('career-run-'));
      if (run && readdirSync(join(temporary, run)).some((name) => name.startsWith('career-copy-')))
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(running).toBe(true);
    process.kill(-(child.pid as number), 'SIGINT');
    await ended;
    // vitest's own folder of compiled modules (a random name) it removes only when it ends normally.
    const left = readdirSync(temporary).filter((name) => name.startsWith('career-'));
    expect(left.length).toBeLessThanOrEqual(1);
    for (const name of left) expect(name).toMatch(/^career-run-/);
  }, 120_000);
});
