import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanStep } from '../../src/readiness/plan.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * The quiz read as a career coach reads it, on data that is not the
 * built-in roles: an O*NET excerpt (tests/fixtures/coach-onet: job zones as
 * levels, twenty-odd responsibilities a role, tasks in the imperative) and
 * a company's ladder (tests/fixtures/ladder-kb: levels per track,
 * responsibilities in the third person). Each run is the real program,
 * from the template to the printed result.
 */

const ONET = ['--data', join(ROOT, 'tests', 'fixtures', 'coach-onet')];
const LADDER = ['--no-builtin', '--data', join(ROOT, 'tests', 'fixtures', 'ladder-kb')];

interface Answers {
  performance: string;
  tasks: number[];
  initiative: string;
}

/** Takes the quiz as a user does: a template, filled in, then --answers; returns what it prints. */
async function quiz(
  data: string[],
  from: string,
  to: string,
  answers: Answers,
  format: string[] = [],
): Promise<string> {
  const env = { CAREER_DATA_HOME: tempDir() };
  const template = await runMain([...data, 'quiz', '--template', '--from', from, '--to', to], {
    env,
  });
  expect([template.code, template.stderr]).toEqual([0, '']);
  const fingerprint = /^fingerprint: (\S+)/m.exec(template.stdout)?.[1];
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(
    file,
    `from: ${from}\nto: ${to}\nfingerprint: ${fingerprint}\nperformance: ${answers.performance}\n` +
      `tasks: [${answers.tasks.join(', ')}]\ninitiative: ${answers.initiative}\n`,
  );
  const run = await runMain([...data, 'quiz', '--answers', file, '--no-save', ...format], { env });
  expect([run.code, run.stderr]).toEqual([0, '']);
  return run.stdout;
}

/** The printed result as one line: a phrase may wrap anywhere. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the quiz on O*NET occupations', () => {
  it('keeps every horizon to five steps, however many responsibilities the target has', async () => {
    // First-Line Supervisors of Retail Sales Workers lists 21: a plan of 19
    // "ask to take on" steps is a job description, not a plan a manager signs.
    const json = await quiz(
      ONET,
      'retail-salespersons',
      'first-line-supervisors-of-retail-sales-workers',
      { performance: 'consistently', tasks: [1, 3], initiative: 'never' },
      ['--json'],
    );
    const plan = JSON.parse(json).plan as PlanStep[];
    for (const by of [30, 60, 90]) expect(plan.filter((s) => s.by === by).length).toBeLessThan(6);
    // What does not fit is one step: agree the rest with the manager, by name of the role.
    expect(plan.map((s) => s.action)).toContainEqual(
      expect.stringMatching(
        /^Agree with your manager which of the other \d+ responsibilities of First-Line Supervisors of Retail Sales Workers come next/,
      ),
    );
  });

  it('asks for at most three new pieces of work a month, when every responsibility looks like yours', async () => {
    // A Search Marketing Strategist already uses every skill Marketing Managers name, so all
    // twenty responsibilities look like work to take on now; a month holds three at most.
    const json = await quiz(
      ONET,
      'search-marketing-strategists',
      'marketing-managers',
      { performance: 'consistently', tasks: [1, 2], initiative: 'this-year' },
      ['--json'],
    );
    const plan = JSON.parse(json).plan as PlanStep[];
    const newWork = (s: PlanStep) =>
      (s.kind === 'responsibility' && !s.action.startsWith('Agree')) || s.kind === 'initiative';
    // The first month holds the covered work as central as the stretch, and the stretch: three at most.
    expect(plan.filter((s) => s.by === 30 && newWork(s)).length).toBeLessThanOrEqual(3);
    expect(plan.filter((s) => s.by === 60 && newWork(s))).toHaveLength(3);
    expect(plan.map((s) => s.action)).toContainEqual(
      expect.stringMatching(/^Agree with your manager which of the other 13 responsibilities/),
    );
  });

  it('names a job zone by its name, not by its whole description, in the move and the plan', async () => {
    const up = flat(
      await quiz(ONET, 'search-marketing-strategists', 'marketing-managers', {
        performance: 'consistently',
        tasks: [1, 2],
        initiative: 'this-year',
      }),
    );
    expect(up).toContain('both roles are at the Job Zone Four level');
    expect(up).not.toContain('Preparation Needed level');
    const down = flat(
      await quiz(ONET, 'online-merchants', 'retail-salespersons', {
        performance: 'exceeds',
        tasks: [],
        initiative: 'this-month',
      }),
    );
    expect(down).toContain('A step down in level: from Job Zone Four to Job Zone Two');
    expect(down).toContain('a move to a lower level (Job Zone Two)');
  });

  it('quotes a responsibility in a deliverable without its full stop', async () => {
    const text = flat(
      await quiz(ONET, 'retail-salespersons', 'first-line-supervisors-of-retail-sales-workers', {
        performance: 'consistently',
        tasks: [],
        initiative: 'this-month',
      }),
    );
    expect(text).toContain('one finished example of "');
    expect(text).not.toMatch(/[.,;:]", with its result/);
  });
});

describe('the quiz on a company ladder', () => {
  it('asks for third-person responsibilities in the words one asks with', async () => {
    // The ladder describes a role ("Writes the runbook"); the plan asks for the work ("write it").
    const text = flat(
      await quiz(LADDER, 'backend-l1', 'backend-l2', {
        performance: 'consistently',
        tasks: [1],
        initiative: 'this-year',
      }),
    );
    expect(text).toContain('Ask for this: write the runbook for what they ship.');
    expect(text).toContain("Ask to take on: review teammates' code with care.");
    expect(text).not.toMatch(/take on: reviews|Ask for this: writes/);
  });

  it('names each role’s own level for a lateral move between tracks with levels of their own', async () => {
    // Backend L2 and Senior Product Designer share a rank, not a level title.
    const text = flat(
      await quiz(LADDER, 'backend-l2', 'design-senior', {
        performance: 'usually',
        tasks: [],
        initiative: 'never',
      }),
    );
    expect(text).not.toContain('both roles are at the L2 level');
    expect(text).toContain(
      'A lateral move to another track: both roles are at the same level (L2 in Backend Engineering, Senior in Product Design)',
    );
  });

  it('makes the case now, without a retake, when the verdict is Ready now', async () => {
    // "Ready now: make the case" and "take the check again in 90 days" cannot both be true.
    const text = await quiz(LADDER, 'backend-l3', 'design-junior', {
      performance: 'exceeds',
      tasks: [1],
      initiative: 'this-month',
    });
    expect(text).toContain('Ready now');
    expect(text).not.toContain('Take the check again');
    const plan = JSON.parse(
      await quiz(
        LADDER,
        'backend-l3',
        'design-junior',
        { performance: 'exceeds', tasks: [1], initiative: 'this-month' },
        ['--json'],
      ),
    ).plan as PlanStep[];
    const closing = plan.find((s) => /agree the move and its date/i.test(s.action));
    expect(closing?.by).toBe(30);
  });
});
