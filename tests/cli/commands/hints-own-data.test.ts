import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../helpers/cli.js';
import { TRACKS, writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

/**
 * The commands a result tells you to run next ("Take the check again
 * (career quiz --from A --to B)", "career path A --to B", "career skills
 * B") name roles of the knowledge base it was worked out on. Run without
 * its `--no-builtin --data DIR`, each of them answers "unknown role": so
 * they carry those options, as the user typed them.
 */
const LADDER = join(ROOT, 'tests', 'fixtures', 'ladder-kb');
const DATA = ['--no-builtin', '--data', LADDER];
const ANSWERS = `from: backend-l1
to: backend-l2
performance: usually
tasks: [1]
initiative: this-quarter
`;

/** Every `career …` the text names, from "career" to the closing bracket or the end of the line. */
const mentions = (text: string) =>
  [...text.replace(/\s*\n\s*/g, ' ').matchAll(/\bcareer [^()]*?(?=\)|$)/g)].map((m) => m[0]);

describe('commands named in a result, with your own data', () => {
  it('the quiz names them with --no-builtin --data, in its text, its JSON and its brief', async () => {
    for (const format of [[], ['--json'], ['--markdown']]) {
      const { stdout, stderr, code } = await runMain(
        [...DATA, 'quiz', '--answers', '-', '--no-save', ...format],
        { input: ANSWERS },
      );
      expect([stderr, code]).toEqual(['', 0]);
      const named = mentions(stdout);
      expect(named.length, stdout).toBeGreaterThan(1);
      for (const command of named) expect(command).toMatch(`career ${DATA.join(' ')} `);
    }
  });

  it('the quiz, once saved, names career history with them, so it shows their titles', async () => {
    const history = tempDir();
    const { stderr, code } = await runMain([...DATA, 'quiz', '--answers', '-'], {
      input: ANSWERS,
      stderrTTY: true,
      env: { CAREER_DATA_HOME: history },
    });
    expect(code).toBe(0);
    expect(stderr).toBe(`\nSaved. See your progress with: career ${DATA.join(' ')} history\n`);
  });

  it('path names its own command with them when there is no route', async () => {
    const { stdout, code } = await runMain([
      ...DATA,
      'path',
      'backend-l2',
      '--to',
      'design-senior',
    ]);
    expect(code).toBe(1);
    const named = mentions(stdout);
    expect(named.length, stdout).toBeGreaterThan(0);
    for (const command of named) expect(command).toMatch(`career ${DATA.join(' ')} path `);
  });

  it('show names career skills with them', async () => {
    // An O*NET import layered over the built-in roles has skills, and so a "career skills" line.
    const kb = writeTree({
      'roles.yaml': `roles:
  - id: paid-search-lead
    title: Paid search lead
    track: digital-marketing
    level: advanced
    summary: Leads paid search.
    responsibilities: [Run the Google Ads account and report its KPIs]
`,
    });
    const { stdout, code } = await runMain(['--data', kb, 'show', 'paid-search-lead']);
    expect(code).toBe(0);
    expect(stdout.replace(/\s*\n\s*/g, ' ')).toContain(
      `carry them: career --data ${kb} skills paid-search-lead `,
    );
  });

  it('a check-in names them with --data', async () => {
    const kb = writeTree({
      'roles.yaml': `${TRACKS}roles:
  - id: analyst
    title: Analyst
    track: marketing
    level: junior
    summary: Analyzes.
    responsibilities: [Write the weekly figures]
    advancesTo: [lead]
  - id: lead
    title: Lead
    track: marketing
    level: senior
    summary: Leads.
    responsibilities: [Run the team, Plan the quarter]
`,
    });
    const answers = 'from: analyst\nto: lead\nperformance: usually\ninitiative: this-year\n';
    const answersFolder = tempDir();
    const self = join(answersFolder, 'self.yaml');
    const theirs = join(answersFolder, 'theirs.yaml');
    writeFileSync(self, `${answers}tasks: [1]\n`);
    writeFileSync(theirs, `${answers}tasks: []\nfor: Sam\nby: Dana\n`);
    const { stdout, stderr, code } = await runMain([
      '--data',
      kb,
      'checkin',
      self,
      theirs,
      '--no-save',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const named = mentions(stdout);
    expect(named.length, stdout).toBeGreaterThan(0);
    for (const command of named) expect(command).toMatch(`career --data ${kb} `);
  });

  it('with the built-in roles alone, they stay as they were', async () => {
    const { stdout } = await runMain(['quiz', '--answers', '-', '--no-save'], {
      input:
        'from: seo-specialist\nto: digital-marketing-manager\nperformance: usually\ntasks: [1]\ninitiative: this-year\npreparation: []\n',
    });
    expect(mentions(stdout)).toContain(
      'career quiz --from seo-specialist --to digital-marketing-manager',
    );
  });
});
