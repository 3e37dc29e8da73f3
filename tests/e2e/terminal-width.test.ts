import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filledTemplate } from '../helpers/answers.js';
import { career, careerInTerminal, tempDir } from '../helpers/cli.js';

/**
 * Every layout has a width: run in a real pseudo-terminal of 40, 60, 80 and
 * 120 columns, no line the program writes is longer than the terminal, so
 * the terminal never breaks a line, and a word, where the program did not.
 */
const WIDTHS = [40, 60, 80, 120] as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point.
const ESCAPES = /\u001b\[[0-9;?]*[a-zA-Z]/g;

/**
 * Lines as they show: colour removed, counted in code points (everything
 * drawn here is one column wide). An error on stderr (the pseudo-terminal
 * merges it) stays one line, whole, to be read and searched for as it is.
 */
function tooLong(stdout: string, width: number): string[] {
  return (
    stdout
      .replace(ESCAPES, '')
      .split('\n')
      .filter((line) => [...line].length > width && !line.startsWith('career: '))
      // One word alone on its line (a path) is kept whole, never cut: nothing could wrap it.
      .filter((line) => line.trim().includes(' '))
  );
}

/** Every word of `text` is whole somewhere in the output: wrapping broke no word. */
function wordsWhole(stdout: string, text: string): string[] {
  const words = new Set(stdout.replace(ESCAPES, '').split(/\s+/));
  return text.split(/\s+/).filter((word) => !words.has(word));
}

let env: Record<string, string>;
let answers: string;
/** A folder of two people's saved results, for `career team`. */
let team: string;

beforeAll(async () => {
  const home = tempDir();
  env = { CAREER_DATA_HOME: join(home, 'data'), CAREER_CACHE_HOME: join(home, 'cache') };
  answers = await filledTemplate('seo-specialist', 'digital-marketing-manager', {
    performance: 'usually',
    tasks: '[1, 3]',
    initiative: 'this-year',
    preparation: '[technologies]',
  });
  // Two saved attempts, so `history` draws a move with a change.
  for (let run = 0; run < 2; run++)
    expect((await career(['quiz', '--answers', answers], { env })).code).toBe(0);
  team = tempDir();
  for (const person of ['alex', 'sam']) {
    const { stdout, code } = await career(['quiz', '--answers', answers, '--json', '--no-save'], {
      env,
    });
    expect(code).toBe(0);
    writeFileSync(join(team, `${person}.json`), stdout);
  }
}, 60_000);

const COMMANDS: Record<string, () => string[]> = {
  list: () => ['list'],
  compare: () => ['compare', 'seo-specialist', 'e-commerce-product-manager'],
  'path (trees)': () => ['path'],
  'path (a route)': () => ['path', 'e-commerce-analyst', '--to', 'e-commerce-product-manager'],
  'path (the nearest route)': () => [
    'path',
    'seo-specialist',
    '--to',
    'e-commerce-product-manager',
  ],
  show: () => ['show', 'seo-specialist'],
  search: () => ['search', 'seo'],
  skills: () => ['skills'],
  "a role's skills": () => ['skills', 'e-commerce-product-manager'],
  guide: () => ['guide'],
  'quiz result': () => ['quiz', '--answers', answers, '--no-save'],
  history: () => ['history'],
  checkin: () => ['checkin', answers, answers, '--no-save'],
  team: () => ['team', team],
};

describe.each(WIDTHS)('at %i columns', (width) => {
  it.each(Object.keys(COMMANDS))('%s fits the terminal', (name) => {
    const args = COMMANDS[name]?.() ?? [];
    const { stdout, code } = careerInTerminal(args, { columns: width, env });
    expect(code === 0 || code === 1).toBe(true);
    expect(stdout.trim()).not.toBe('');
    expect(tooLong(stdout, width)).toEqual([]);
  });
});

describe('words stay whole when lines wrap', () => {
  it('the quiz result at 40 columns: headings, score rows and reasons', () => {
    const { stdout } = careerInTerminal(['quiz', '--answers', answers, '--no-save'], {
      columns: 40,
      env,
    });
    expect(
      wordsWhole(
        stdout,
        "SEO specialist → Digital marketing manager The role's tasks 2 of the 4 responsibilities of Digital marketing manager are already yours.",
      ),
    ).toEqual([]);
    // The score row keeps its bar and score together, under its title.
    expect(stdout.replace(ESCAPES, '')).toMatch(/\n {2}The role's tasks\n {4}[█░]{10} {3}50\n/);
  });

  it("compare's facts stay in their columns at 40 columns", () => {
    const { stdout } = careerInTerminal(
      ['compare', 'seo-specialist', 'e-commerce-product-manager'],
      {
        columns: 40,
        env,
      },
    );
    const lines = stdout.replace(ESCAPES, '').split('\n');
    const track = lines.findIndex((line) => line.startsWith('Track'));
    // "Digital marketing" wraps inside the first column; "E-commerce" starts where the second does.
    expect(lines[track]).toBe('Track       Digital         E-commerce');
    expect(lines[track + 1]).toBe('            marketing');
  });
});

describe('an O*NET-sized knowledge base on a terminal', () => {
  it('cuts ids longer than their column with an ellipsis, so titles stay on screen', () => {
    const folder = tempDir();
    const id = `marketing-managers-${'x'.repeat(80)}-11-2021-00`;
    writeFileSync(
      join(folder, 'roles.yaml'),
      `roles:\n  - id: ${id}\n    title: Marketing managers\n    track: digital-marketing\n    level: advanced\n    summary: Plan marketing.\n    responsibilities: [Plan marketing campaigns]\n`,
    );
    const { stdout, code } = careerInTerminal(['--data', folder, 'list'], {
      columns: 80,
      env: { ...env, CAREER_NO_CACHE: '1' },
    });
    expect(code).toBe(0);
    expect(tooLong(stdout, 80)).toEqual([]);
    const plain = stdout.replace(ESCAPES, '');
    expect(plain).toMatch(/\n {4}marketing-managers-x+… {2}Marketing managers\n/);
    // The other ids are not padded to the long one: their titles start where the cut id's does.
    expect(plain).toMatch(/\n {4}seo-specialist {2,}SEO specialist\n/);
    expect(
      plain
        .split('\n')
        .find((line) => line.includes('SEO specialist'))
        ?.indexOf('SEO'),
    ).toBe(
      plain
        .split('\n')
        .find((line) => line.includes('Marketing managers'))
        ?.indexOf('Marketing'),
    );
  });
});

describe('help wraps at any width', () => {
  const commands = [
    'list',
    'show',
    'skills',
    'quiz',
    'checkin',
    'history',
    'team',
    'search',
    'compare',
    'path',
    'guide',
    'validate',
    'init',
    'import',
  ];
  it.each(WIDTHS)('at %i columns, the program help and every command help fit', (width) => {
    for (const args of [['--help'], ...commands.map((c) => [c, '--help'])]) {
      const { stdout, code } = careerInTerminal(args, { columns: width, env });
      expect(code).toBe(0);
      expect([args.join(' '), tooLong(stdout, width)]).toEqual([args.join(' '), []]);
    }
  });

  it('at 80 columns, examples too long to sit beside their command go under it', () => {
    const { stdout } = careerInTerminal(['--help'], { columns: 80, env });
    expect(stdout).toContain(
      '  $ career show "PPC specialist" --json\n      the same for scripts (names, titles, aliases all work)\n',
    );
  });

  it('at 40 columns, a long example command goes on with a backslash, so it still pastes', () => {
    const { stdout } = careerInTerminal(['path', '--help'], { columns: 40, env });
    expect(stdout).toContain(
      '  $ career path e-commerce-analyst \\\n        --to \\\n        e-commerce-product-manager\n      the route, and what each step adds\n',
    );
  });
});
