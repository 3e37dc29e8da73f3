import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

/**
 * An answers template ends its instructions with the command to run once it
 * is filled in. Made with `--no-builtin --data DIR` (a team's own ladder, an
 * O*NET import), that command must name the same knowledge base: a bare
 * `career quiz --answers THIS-FILE` answers "from: is "backend-l1", not a
 * known role" (exit 2).
 */
const folder = join(tempDir(), 'our ladder');
cpSync(join(ROOT, 'tests', 'fixtures', 'ladder-kb'), folder, { recursive: true });
const DATA = ['--no-builtin', '--data', folder];

/** A command line as a POSIX shell splits it: words, and single-quoted words. */
function words(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) =>
    m[1] !== undefined ? m[1].replaceAll("'\\''", "'") : (m[2] as string),
  );
}

/** The command the template's header says to run, THIS-FILE replaced by the file. */
function runLine(template: string, file: string): string[] {
  const line = /^# {3}(career .*?)(?: {3}#.*)?$/m.exec(template)?.[1];
  expect(line, 'a "#   career …" line in the header').toBeDefined();
  return words((line as string).replace('THIS-FILE', file)).slice(1);
}

describe('the command an answers template says to run', () => {
  it('names the knowledge base the template was made from, and runs', async () => {
    const template = await runMain([
      ...DATA,
      'quiz',
      '--template',
      '--from',
      'backend-l1',
      '--to',
      'backend-l2',
    ]);
    expect([template.stderr, template.code]).toEqual(['', 0]);
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(
      file,
      template.stdout
        .replace(/^performance:$/m, 'performance: usually')
        .replace(/^tasks:$/m, 'tasks: [1]')
        .replace(/^initiative:$/m, 'initiative: this-quarter'),
    );
    const args = runLine(template.stdout, file);
    expect(args.slice(0, 3)).toEqual(DATA);
    const run = await runMain([...args, '--no-save']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Backend Engineer L1 → Backend Engineer L2');
  });

  it("in a manager's template, names it for career checkin too", async () => {
    const { stdout, code } = await runMain([
      ...DATA,
      'quiz',
      '--template',
      '--from',
      'backend-l1',
      '--to',
      'backend-l2',
      '--for',
      'Alex Kim',
    ]);
    expect(code).toBe(0);
    expect(runLine(stdout, 'theirs.yaml')).toEqual([
      ...DATA,
      'checkin',
      'alex-kim.yaml',
      'theirs.yaml',
    ]);
  });

  it('stays `career quiz --answers THIS-FILE` with the built-in roles alone', async () => {
    const { stdout } = await runMain(['quiz', '--template', '--to', 'account-manager']);
    expect(runLine(stdout, 'a.yaml')).toEqual(['quiz', '--answers', 'a.yaml']);
  });
});
