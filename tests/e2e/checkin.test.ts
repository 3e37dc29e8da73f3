import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alexAndDana, filledTemplate } from '../helpers/answers.js';
import { career, careerInTerminal, tempDir } from '../helpers/cli.js';

const home = () => ({ CAREER_DATA_HOME: join(tempDir(), 'data') });
const SEO = 'seo-specialist';
const DMM = 'digital-marketing-manager';

describe('career quiz --template --for', () => {
  it("writes the manager's file: who it is about, who answers, and the fingerprint kept", async () => {
    const { stdout, code } = await career([
      'quiz',
      '--template',
      '--from',
      SEO,
      '--to',
      DMM,
      '--for',
      'Alex Kim',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^# career check-in answers about Alex Kim, from their manager or coach/,
    );
    expect(stdout).toContain('\nfingerprint: digital-marketing-manager@');
    expect(stdout).toContain('\nfor: Alex Kim\nby:\n');
    // Without --for, the person's own file has neither line.
    const own = await career(['quiz', '--template', '--from', SEO, '--to', DMM]);
    expect(own.stdout).not.toMatch(/^(for|by):/m);
  });

  it('is refused without --template', async () => {
    const { code, stderr } = await career(['quiz', '--for', 'Alex', '--answers', 'x.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'career: --for goes with --template: career quiz --template --from ROLE --to ROLE --for "NAME" writes the answers file a manager fills in\n',
    );
  });
});

describe('career checkin', () => {
  it('shows both answers side by side, agree or differ, and a talking point for each difference', async () => {
    const { self, manager } = await alexAndDana();
    const { stdout, stderr, code } = careerInTerminal(['checkin', self, manager, '--no-save'], {
      env: { ...home(), NO_COLOR: '1' },
    });
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Check-in for Alex Kim: SEO specialist → Digital marketing manager');
    expect(lines.slice(3, 9)).toEqual([
      '                     Alex Kim                Dana',
      '  Performance        consistently       90   usually       65   differ',
      "  The role's tasks   2 of 4: 1, 3       50   2 of 4: 1, 2  50   differ",
      '  Initiative         this year          50   this year     50   agree',
      '  Preparation        1 of 5: customers  20   none of 5      0   differ',
      '  Score              Almost there       60   Not yet       48',
    ]);
    const flat = stdout.replace(/\s*\n\s*/g, ' ');
    expect(flat).toContain('Talking points (4)');
    expect(flat).toContain(
      '1. You say you consistently meet your performance goals; Dana says usually: agree what meeting them looks like, and how you will both track it.',
    );
    expect(flat).toContain(
      '2. Dana counts "Measure and report performance and return on investment (ROI) for digital marketing" as yours; you do not',
    );
    expect(flat).toContain(
      '3. You count "Plan, execute and evaluate A/B tests and experiments" as yours; Dana does not',
    );
    expect(flat).toContain(
      '4. You say you have studied communicating with customers; Dana has not seen it',
    );
    expect(flat).toContain('Shared view: Not yet · 40/100');
    expect(flat).toContain('Shared plan Next 30 days 1. Agree with your manager what meeting');
  });

  it('builds the shared plan on the lower answer of the two, and prints it all as JSON', async () => {
    const { self, manager } = await alexAndDana();
    const { stdout, code } = await career(['checkin', self, manager, '--json', '--no-save']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      kind: 'checkin',
      for: 'Alex Kim',
      from: { id: SEO },
      to: { id: DMM },
      self: { by: null, score: 60, verdict: { id: 'almost' } },
      manager: { by: 'Dana', score: 48, verdict: { id: 'not-yet' } },
      differences: ['performance', 'tasks', 'preparation'],
      shared: {
        basis: 'lower-of-the-two',
        answers: { performance: 'usually', tasks: [1], initiative: 'this-year', preparation: [] },
        score: 40,
        verdict: { id: 'not-yet' },
      },
    });
    expect(result.signals.map((s: { talkingPoints: string[] }) => s.talkingPoints.length)).toEqual([
      1, 2, 0, 1,
    ]);
    // Performance below its gap line on the shared view: the plan starts there.
    expect(result.shared.plan[0].kind).toBe('performance');
  });

  it('has no talking points when both agree', async () => {
    const folder = tempDir();
    const answers = {
      performance: 'exceeds',
      tasks: '[1, 2, 3]',
      initiative: 'this-month',
      preparation: '[practices]',
    };
    const self = await filledTemplate(SEO, DMM, answers, { folder, name: 'a.yaml' });
    const manager = await filledTemplate(SEO, DMM, answers, {
      for: 'Alex',
      folder,
      name: 'b.yaml',
    });
    const json = JSON.parse(
      (await career(['checkin', self, manager, '--json', '--no-save'])).stdout,
    );
    expect(json.differences).toEqual([]);
    expect(json.shared.score).toBe(json.self.score);
    const text = careerInTerminal(['checkin', self, manager, '--no-save'], {
      env: { NO_COLOR: '1' },
    });
    expect(text.stdout).toContain('\nYou agree on every question: talk about the plan.\n');
  });

  it('prints a 1:1 agenda in Markdown, the differences first', async () => {
    const { self, manager } = await alexAndDana();
    const { stdout, code } = await career(['checkin', self, manager, '--markdown', '--no-save']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^# 1:1 check-in: Alex Kim, SEO specialist → Digital marketing manager\n/,
    );
    const differ = stdout.indexOf('## Where you differ');
    const side = stdout.indexOf('## Side by side');
    expect(differ).toBeGreaterThan(0);
    expect(side).toBeGreaterThan(differ);
    expect(stdout).toContain('### Performance: Alex Kim consistently, Dana usually\n\n1. You say');
    expect(stdout).toContain('| Initiative | this year (50) | this year (50) | agree |');
    expect(stdout).toContain('## The shared plan');
    expect(stdout).toContain('## Agreed in the 1:1');
  });

  it('refuses answers for different moves, or about different people, with one line and exit 2', async () => {
    const { self, manager, folder } = await alexAndDana();
    const other = join(folder, 'other.yaml');
    writeFileSync(
      other,
      readFileSync(manager, 'utf8').replace(`from: ${SEO}`, 'from: sem-specialist'),
    );
    const moved = await career(['checkin', self, other], { env: home() });
    expect(moved.code).toBe(2);
    expect(moved.stdout).toBe('');
    expect(moved.stderr).toBe(
      `career: ${self} answers for seo-specialist → digital-marketing-manager but ${other} for sem-specialist → digital-marketing-manager: a check-in compares answers for the same move (get the manager's file with: career quiz --template --from seo-specialist --to digital-marketing-manager --for NAME)\n`,
    );
    const sam = join(folder, 'sam.yaml');
    writeFileSync(sam, readFileSync(manager, 'utf8').replace('for: Alex Kim', 'for: Sam'));
    const alex = join(folder, 'alex-own.yaml');
    writeFileSync(alex, `${readFileSync(self, 'utf8')}for: Alex Kim\n`);
    const people = await career(['checkin', alex, sam]);
    expect([people.code, people.stderr.split('\n').length]).toEqual([2, 2]);
    expect(people.stderr).toContain('is about Alex Kim but');
  });

  it('checks each file as the quiz does: a stale fingerprint or a wrong answer is exit 2', async () => {
    const { self, manager, folder } = await alexAndDana();
    const stale = join(folder, 'stale.yaml');
    writeFileSync(
      stale,
      readFileSync(manager, 'utf8').replace(
        /fingerprint: \S+/,
        'fingerprint: digital-marketing-manager@000000000000',
      ),
    );
    const old = await career(['checkin', self, stale]);
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(
      /^career: .*stale\.yaml:\d+:\d+: the tasks were written for another version/,
    );
    const wrong = join(folder, 'wrong.yaml');
    writeFileSync(
      wrong,
      readFileSync(manager, 'utf8').replace('performance: usually', 'performance: mostly'),
    );
    const bad = await career(['checkin', self, wrong]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('wrong.yaml:');
    expect(bad.stderr).toContain('performance: is "mostly"');
  });

  it('reads each file as the quiz does: a pipe is one line and exit 2, never a wait', async () => {
    const { self, folder } = await alexAndDana();
    const pipe = join(folder, 'pipe.yaml');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const { code, stderr } = await career(['checkin', self, pipe]);
    expect([code, stderr]).toEqual([
      2,
      `career: cannot read the answers file ${pipe}: it is a pipe, not a regular file\n`,
    ]);
  });

  it('saves one check-in record, which history shows apart from quiz attempts', async () => {
    const env = { ...home(), NO_COLOR: '1', TZ: 'UTC' };
    const { self, manager } = await alexAndDana();
    expect((await career(['quiz', '--answers', self], { env })).code).toBe(0);
    expect((await career(['checkin', self, manager], { env })).code).toBe(0);
    expect((await career(['checkin', self, manager, '--no-save'], { env })).code).toBe(0);
    const lines = readFileSync(join(env.CAREER_DATA_HOME, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((l) => JSON.parse(l).kind ?? 'quiz')).toEqual(['quiz', 'checkin']);
    // --json keeps its meaning: quiz attempts only; the check-ins have their own.
    const attempts = JSON.parse((await career(['history', '--json'], { env })).stdout);
    expect(attempts.map((a: { score: number }) => a.score)).toEqual([60]);
    const checkins = JSON.parse(
      (await career(['history', '--checkins', '--json'], { env })).stdout,
    );
    expect(checkins).toMatchObject([
      { kind: 'checkin', for: 'Alex Kim', self: { score: 60 }, manager: { by: 'Dana', score: 48 } },
    ]);
    const table = careerInTerminal(['history'], { env });
    expect(table.stderr).toBe('');
    expect(table.stdout).toMatch(
      /Check-in \d{4}-\d\d-\d\d \d\d:\d\d for Alex Kim: Alex Kim 60 Almost there, Dana 48 Not yet; 3 differences/,
    );
  });
});
