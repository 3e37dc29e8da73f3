import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * The README's examples are what a new user reads first, and they drifted
 * from the program unseen (`path e-commerce-analyst --to
 * e-commerce-product-manager` showed "fit 57%, 6 new skills" where the
 * program says "fit 62%, 5 new skills"). Every ```console example of a
 * `career` command that needs no file of the user's is run here as a
 * terminal of 80 columns shows it (or piped, with `| cat`), and must print
 * what the README shows. A line `…` stands for lines left out; a line
 * ending in `…` for a line cut short there.
 */
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/**
 * Examples that need files the README makes elsewhere (history, a team, an
 * import, a template filled in) or are held by readme-help.test.ts. The
 * quiz's own example is run, with the answers file the README shows.
 */
const ELSEWHERE =
  /--answers (?!answers\.yaml$)|checkin|history|team|init|import|--data|--help|>|\|(?! cat$)/;

/** The README's answers file (the ```yaml block that starts `from:`), in a folder of its own. */
function answersFolder(): string {
  const file = /```yaml\n(from: [\s\S]*?)```/.exec(README)?.[1];
  expect(file, 'README: a ```yaml block of answers').toBeDefined();
  const folder = tempDir();
  writeFileSync(join(folder, 'answers.yaml'), file as string);
  return folder;
}

interface Example {
  command: string;
  expected: string[];
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const block of README.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: Example | undefined;
    for (const line of (block[1] as string).trimEnd().split('\n')) {
      if (line.startsWith('$ ')) {
        // A comment after the command is the README's: "$ career quiz --answers answers.yaml   # …".
        current = { command: line.slice(2).replace(/\s+#.*$/, ''), expected: [] };
        found.push(current);
      } else current?.expected.push(line);
    }
  }
  return found
    .filter(({ command }) => /^career /.test(command) && !ELSEWHERE.test(command))
    .map(({ command, expected }) => {
      // The blank line before the next command of the block is the README's, not the output's.
      while (expected.at(-1) === '') expected.pop();
      return { command, expected };
    });
}

/** A command line's words: double-quoted words kept whole. */
const words = (line: string) =>
  [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string);

/** Where the output departs from what the README shows, or undefined when it does not. */
function departure(expected: readonly string[], actual: readonly string[]): string | undefined {
  let at = 0;
  for (const [index, line] of expected.entries()) {
    if (line.trim() === '…') {
      // Lines left out: on to the next line the README shows, wherever it is.
      const next = expected[index + 1];
      if (next === undefined) return undefined;
      while (at < actual.length && !same(next, actual[at] as string)) at++;
      continue;
    }
    if (at >= actual.length) return `README line "${line}": the output has ended`;
    if (!same(line, actual[at] as string))
      return `README line "${line}"\n  output line "${actual[at]}"`;
    at++;
  }
  return at < actual.length ? `output goes on: "${actual[at]}"` : undefined;
}

const same = (expected: string, actual: string) =>
  expected.endsWith('…') && !actual.endsWith('…')
    ? actual.startsWith(expected.slice(0, -1).trimEnd())
    : expected === actual;

describe('the README examples', () => {
  const all = examples();

  it('are found (a dozen or more)', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
  });

  it.each(all.map((example) => [example.command, example] as const))(
    '$ %s prints what the README shows',
    async (_, { command, expected }) => {
      const piped = / \| cat$/.test(command);
      const args = words(command.replace(/ \| cat$/, '')).slice(1);
      const quiz = args[0] === 'quiz';
      const { stdout, stderr } = await runMain(quiz ? [...args, '--no-save'] : args, {
        stdoutTTY: !piped,
        stderrTTY: true,
        columns: 80,
        env: { NO_COLOR: '1' },
        ...(quiz ? { cwd: answersFolder() } : {}),
      });
      // An example of an error shows stderr, as a terminal shows both.
      const shown = `${stdout}${stderr}`.trimEnd().split('\n');
      expect(departure(expected, shown), shown.join('\n')).toBeUndefined();
    },
  );
});
