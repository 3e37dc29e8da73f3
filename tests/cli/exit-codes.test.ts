import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, EXIT_CODES } from '../../src/cli/exit-codes.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';

/** The rows of the README's "Exit codes" table, as cells. */
function readmeRows(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Exit codes'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

describe('exit codes, from one table', () => {
  it('are the README’s table, row for row', () => {
    expect(readmeRows()).toEqual(
      EXIT_CODES.map(({ code, meaning, when }) => [String(code), meaning, when]),
    );
  });

  it('are the exit codes section of career --help', async () => {
    const { stdout, code } = await runMain(['--help']);
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('Exit codes:\n'));
    expect(section).toBe(
      `Exit codes:\n${EXIT_CODES.map(({ code, meaning }) => `  ${String(code).padEnd(4)} ${meaning}`).join('\n')}\n`,
    );
  });

  it('mean what they say: an answers file that cannot be read is 2, a missing O*NET folder 3, an unreadable history 4', async () => {
    const answers = await runMain(['quiz', '--answers', 'no-such-answers.yaml']);
    expect([answers.code, answers.stderr]).toEqual([
      EXIT.usage,
      'career: cannot read the answers file no-such-answers.yaml: no such file\n',
    ]);
    expect(EXIT_CODES.find((c) => c.code === 2)?.meaning).toMatch(/quiz answers/);

    const onet = await runMain([
      'import',
      'onet',
      join(tempDir(), 'nothing-here'),
      '--out',
      join(tempDir(), 'out'),
    ]);
    expect(onet.code).toBe(EXIT.data);
    expect(EXIT_CODES.find((c) => c.code === 3)?.meaning).toMatch(/O\*NET release/);

    // A history file that is a folder cannot be read, whoever runs the test.
    const data = tempDir();
    mkdirSync(join(data, 'history.jsonl'));
    chmodSync(data, 0o755);
    const history = await runMain(['history'], { env: { CAREER_DATA_HOME: data } });
    expect(history.code).toBe(EXIT.io);
    expect(EXIT_CODES.find((c) => c.code === 4)?.meaning).toMatch(/read or written/);
  });
});
