import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT, tempDir } from '../helpers/cli.js';

/**
 * Runs the CLI and kills it after 20 s: without a bound these runs never
 * end, and a test that hangs says less than one that fails.
 */
function run(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  const result = spawnSync(
    'bash',
    [
      '-c',
      `exec "${process.execPath}" "${BIN}" "$@" ${options.stdin ?? '</dev/null'}`,
      'career',
      ...args,
    ],
    { env: cleanEnv(options.env), encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' },
  );
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

const fifo = (path: string) => {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
};

describe('answers the quiz reads', () => {
  it('refuses a device, with one line and exit 2, instead of reading forever', () => {
    expect(run(['quiz', '--answers', '/dev/zero'])).toEqual({
      stdout: '',
      stderr:
        'career: cannot read the answers file /dev/zero: it is a device, not a regular file\n',
      code: 2,
    });
  });

  it('refuses a named pipe instead of waiting for a writer', () => {
    const pipe = fifo(join(tempDir(), 'answers.yaml'));
    expect(run(['quiz', '--answers', pipe])).toEqual({
      stdout: '',
      stderr: `career: cannot read the answers file ${pipe}: it is a pipe, not a regular file\n`,
      code: 2,
    });
  });

  it('stops reading stdin past 16 MiB: one line and exit 2, not Node running out of memory', () => {
    expect(run(['quiz', '--answers', '-'], { stdin: '</dev/zero' })).toEqual({
      stdout: '',
      stderr: 'career: cannot read the answers from stdin: it is more than the 16 MiB allowed\n',
      code: 2,
    });
  });
});

describe('the history file', () => {
  for (const [kind, make] of [
    ['a link to /dev/zero', (file: string) => symlinkSync('/dev/zero', file)],
    ['a named pipe', (file: string) => fifo(file)],
  ] as const) {
    it(`as ${kind}: history and quiz refuse it with exit 4`, () => {
      const data = tempDir();
      const file = join(data, 'history.jsonl');
      make(file);
      const history = run(['history'], { env: { CAREER_DATA_HOME: data } });
      expect(history.stderr).toBe(
        `career: cannot read ${file}: it is ${kind === 'a named pipe' ? 'a pipe' : 'a device'}, not a regular file\n`,
      );
      expect(history.code).toBe(4);
      const answers = join(tempDir(), 'answers.yaml');
      writeFileSync(
        answers,
        'from: seo-specialist\nto: digital-marketing-manager\nperformance: usually\ntasks: []\ninitiative: never\npreparation: []\n',
      );
      const quiz = run(['quiz', '--answers', answers], { env: { CAREER_DATA_HOME: data } });
      expect(quiz.stderr).toMatch(
        kind === 'a named pipe'
          ? `career: cannot save to ${file}: it is not a regular file. The result above was not saved;`
          : `career: cannot save to ${file}: it is a symbolic link to /dev/zero, which is not a regular file. The result above was not saved;`,
      );
      expect(quiz.code).toBe(4);
      expect(readdirSync(data)).toEqual(['history.jsonl']);
    });
  }
});

describe('an O*NET release', () => {
  it('refuses a table that is a named pipe, with exit 3', () => {
    const release = join(tempDir(), 'onet');
    cpSync(join(ROOT, 'tests', 'fixtures', 'onet'), release, { recursive: true });
    rmSync(join(release, 'Occupation Data.txt'));
    fifo(join(release, 'Occupation Data.txt'));
    const out = join(tempDir(), 'out');
    mkdirSync(join(out, '..'), { recursive: true });
    const { stderr, code } = run(['import', 'onet', release, '--out', out]);
    expect(stderr).toBe(
      `career: cannot read ${join(release, 'Occupation Data.txt')}: it is a pipe, not a regular file\n`,
    );
    expect(code).toBe(3);
  });
});
