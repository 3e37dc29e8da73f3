import { describe, expect, it } from 'vitest';
import { career, careerInTerminal } from '../helpers/cli.js';
import { TRACKS, writeTree } from '../helpers/files.js';

/**
 * `career path` draws trees with box characters; a line too long for the
 * terminal wraps after the tree's lines, kept as they are, and goes on under
 * its title with the tree's lines carried beside it. The id, and the fit two
 * spaces after it, stay whole where they fit.
 */

/** A ladder three steps deep whose titles are long, one role reached twice. */
const LADDER = `${TRACKS}roles:
${[
  ['assistant', 'Marketing assistant', 'Schedule posts, Write briefs', 'paid-social, writer'],
  [
    'paid-social',
    'Senior paid social media specialist',
    'Schedule posts, Buy social ads',
    'growth-head, manager',
  ],
  ['writer', 'Content writer', 'Write briefs, Write articles', 'manager'],
  [
    'growth-head',
    'Head of performance marketing and growth',
    'Buy social ads, Own the growth budget, Hire the growth team',
    'cmo',
  ],
  ['manager', 'Marketing manager', 'Write briefs, Buy social ads, Run campaigns', 'cmo'],
  ['cmo', 'Chief marketing officer', 'Run campaigns, Own the growth budget, Set the strategy', ''],
]
  .map(
    ([id, title, responsibilities, next]) =>
      `  - id: ${id}\n    title: ${title}\n    track: marketing\n    level: junior\n    summary: Works.\n    responsibilities: [${responsibilities}]\n    advancesTo: [${next}]\n`,
  )
  .join('')}`;

function ladder(columns: number, colour = false) {
  const file = `${writeTree({ 'roles.yaml': LADDER })}/roles.yaml`;
  const args = ['--no-builtin', '--data', file, 'path', 'assistant'];
  return careerInTerminal(colour ? args : [...args, '--no-color'], { columns });
}

describe('career path trees on a narrow terminal', () => {
  it('at 60 columns: the prefix as drawn, the fit whole under the title, the bars carried on', () => {
    const { stdout, code } = ladder(60);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Marketing assistant (assistant)',
      '├─ Senior paid social media specialist (paid-social)',
      '│  │  fit 50%, 1 new responsibility',
      '│  ├─ Head of performance marketing and growth (growth-head)',
      '│  │  │  fit 33%, 2 new responsibilities',
      '│  │  └─ Chief marketing officer (cmo)',
      '│  │        fit 33%, 2 new responsibilities',
      '│  └─ Marketing manager (manager)',
      '│     │  fit 33%, 2 new responsibilities',
      '│     └─ Chief marketing officer (cmo)',
      '│           fit 33%, 2 new responsibilities',
      '└─ Content writer (writer)  fit 50%, 1 new responsibility',
      '   └─ Marketing manager (manager)',
      '         fit 33%, 2 new responsibilities  … see above',
      '',
    ]);
  });

  it('at 40 columns: a title breaks between words, "fit NN%," never', () => {
    const { stdout, code } = ladder(40);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Marketing assistant (assistant)',
      '├─ Senior paid social media specialist',
      '│  │  (paid-social)',
      '│  │  fit 50%, 1 new responsibility',
      '│  ├─ Head of performance marketing and',
      '│  │  │  growth (growth-head)',
      '│  │  │  fit 33%, 2 new responsibilities',
      '│  │  └─ Chief marketing officer (cmo)',
      '│  │        fit 33%, 2 new',
      '│  │        responsibilities',
      '│  └─ Marketing manager (manager)',
      '│     │  fit 33%, 2 new responsibilities',
      '│     └─ Chief marketing officer (cmo)',
      '│           fit 33%, 2 new',
      '│           responsibilities',
      '└─ Content writer (writer)',
      '   │  fit 50%, 1 new responsibility',
      '   └─ Marketing manager (manager)',
      '         fit 33%, 2 new responsibilities',
      '         … see above',
      '',
    ]);
  });

  it('in colour, each line ends every style it starts: the tree lines below are never dimmed', () => {
    const { stdout, code } = ladder(40, true);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const count = (line: string, pattern: RegExp) => line.match(pattern)?.length ?? 0;
    const unbalanced = lines.filter(
      (line) =>
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point.
        count(line, /\u001b\[[12]m/g) !== count(line, /\u001b\[22m/g) ||
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point.
        count(line, /\u001b\[36m/g) !== count(line, /\u001b\[39m/g),
    );
    expect(lines.length).toBeGreaterThan(15);
    expect(unbalanced).toEqual([]);
  });

  it('where every line fits, draws each role on one line, as always', () => {
    const { stdout, code } = ladder(100);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Marketing assistant (assistant)',
      '├─ Senior paid social media specialist (paid-social)  fit 50%, 1 new responsibility',
      '│  ├─ Head of performance marketing and growth (growth-head)  fit 33%, 2 new responsibilities',
      '│  │  └─ Chief marketing officer (cmo)  fit 33%, 2 new responsibilities',
      '│  └─ Marketing manager (manager)  fit 33%, 2 new responsibilities',
      '│     └─ Chief marketing officer (cmo)  fit 33%, 2 new responsibilities',
      '└─ Content writer (writer)  fit 50%, 1 new responsibility',
      '   └─ Marketing manager (manager)  fit 33%, 2 new responsibilities  … see above',
      '',
    ]);
  });

  it('the built-in SEO specialist at 40 columns', () => {
    const { stdout, code } = careerInTerminal(['path', 'seo-specialist', '--no-color'], {
      columns: 40,
    });
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'SEO specialist (seo-specialist)',
      '└─ Digital marketing manager',
      '      (digital-marketing-manager)',
      '      fit 21%, 15 new skills',
      '',
    ]);
  });

  it('piped, laid out for 80 columns: a line one column too long keeps its two spaces before the fit', async () => {
    const { stdout, code } = await career(['path', 'e-commerce-analyst']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'E-commerce analyst (e-commerce-analyst)',
        '└─ E-commerce product manager (e-commerce-product-manager)',
        '      fit 62%, 5 new skills',
        '',
      ].join('\n'),
    );
  });
});
