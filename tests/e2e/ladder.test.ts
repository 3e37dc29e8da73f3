import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, ROOT } from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';

/**
 * Issue 11, point 1: a company ladder the format can say, on the fixture
 * ladder (tests/fixtures/ladder-kb): per-track levels, themes, examples and
 * a cumulative track, alone (--no-builtin).
 */
const LADDER = join(ROOT, 'tests', 'fixtures', 'ladder-kb');
const ladder = (...args: string[]) => career(['--no-builtin', '--data', LADDER, ...args]);

describe('a ladder with levels per track, themes, examples and a cumulative track', () => {
  it('validates, and lists its roles by their track levels', async () => {
    const valid = await career(['--no-builtin', 'validate', LADDER]);
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(0);
    const l3 = await ladder('list', '--level', 'L3');
    expect(l3.code).toBe(0);
    expect(l3.stdout).toBe('backend-l3\tBackend Engineer L3\tbackend\tb3\n');
  });

  it('refuses a role whose level is not one of its track levels, naming them', async () => {
    const dir = writeTree({
      'more.yaml': `roles:
  - id: backend-junior
    title: Backend junior
    track: backend
    level: junior
    summary: Uses a global level in a track with its own.
    responsibilities: [Fixes small bugs]
`,
    });
    const { stdout, code } = await career(['--no-builtin', 'validate', LADDER, dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('roles[0].level: unknown level "junior"');
    expect(stdout).toContain('track "backend" has its own levels: b1, b2, b3');
  });

  it('show groups responsibilities by theme and prints their examples', async () => {
    const { stdout, code } = await ladder('show', 'backend-l2');
    expect(code).toBe(0);
    expect(stdout).toContain('Backend Engineering · L2');
    expect(stdout).toContain(
      [
        'Responsibilities',
        '  Craft',
        '    • Designs and delivers features across a whole service',
        '      e.g. Splits a feature into safe, reviewable changes',
        '      e.g. Plans the migration of a table without downtime',
        '    • Writes the runbook for what they ship',
        '  Collaboration',
        "    • Reviews teammates' code with care",
      ].join('\n'),
    );
  });

  it('finds a role by "<track> <level>" and "<level> <track>"', async () => {
    for (const name of ['Backend L3', 'L3 backend engineer', 'Backend Engineering L3']) {
      const { stdout, code } = await ladder('show', name, '--json');
      expect(code, name).toBe(0);
      expect(JSON.parse(stdout).id).toBe('backend-l3');
    }
    const senior = await ladder('show', 'senior product designer', '--json');
    expect(JSON.parse(senior.stdout).id).toBe('design-senior');
  });

  it("compare treats a lower level's expectations as kept, and shows what the higher one adds", async () => {
    const { stdout, code } = await ladder('compare', 'backend-l1', 'backend-l2');
    expect(code).toBe(0);
    expect(stdout).not.toContain('Only Backend Engineer L1');
    expect(stdout).toContain(
      'Kept at Backend Engineer L2 (its level keeps the levels below)\n  • Ships small, well-tested changes to one service',
    );
    expect(stdout).toContain(
      'What Backend Engineer L2 adds\n  • Designs and delivers features across a whole service',
    );
    const json = JSON.parse((await ladder('compare', 'backend-l2', 'backend-l1', '--json')).stdout);
    expect(json.kept).toEqual({
      by: 'a',
      items: ['Ships small, well-tested changes to one service', 'Asks for help early when stuck'],
    });
    expect(json.onlyB).toEqual([]);
  });

  it('path says each step up a cumulative track keeps the level below, and what it adds', async () => {
    const { stdout, code } = await ladder('path', 'backend-l1', '--to', 'backend-l3');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Keeps all Backend Engineer L2 does, and adds:\n     + Leads the design of systems that span services',
    );
  });

  it('themes never count as likeness: roles sharing only a theme share no work', async () => {
    const { stdout } = await ladder('compare', 'backend-l1', 'design-junior', '--json');
    expect(JSON.parse(stdout).shared).toEqual([]);
  });

  it("keeps a track's focus as written inside a sentence", async () => {
    const { stdout } = await ladder('compare', 'backend-l1', 'design-senior');
    expect(stdout).toContain("It focuses on Quillfeather's services");
    expect(stdout).toContain('It focuses on how people find their way');
  });

  it('search finds responsibilities, and the quiz runs on the ladder', async () => {
    const search = await ladder('search', 'runbook');
    expect(search.stdout).toMatch(/^backend-l2\t/);
    const quiz = await career(
      ['--no-builtin', '--data', LADDER, 'quiz', '--answers', '-', '--no-save'],
      {
        input:
          'from: backend-l1\nto: backend-l2\nperformance: exceeds\ntasks: [1, 2, 3]\ninitiative: this-month\n',
      },
    );
    expect(quiz.stderr).toBe('');
    expect(quiz.code).toBe(0);
    expect(quiz.stdout).toContain('Ready now · 100/100');
  });
});

describe('the ladder in JSON, and its checks', () => {
  it('show --json gives each responsibility its theme and examples, index for index', async () => {
    const { stdout } = await ladder('show', 'backend-l3', '--json');
    expect(JSON.parse(stdout).details).toEqual([
      { theme: 'Impact' },
      { theme: 'Collaboration', examples: ['Pairs weekly with a newer engineer'] },
      {},
    ]);
  });

  it('refuses a level listed twice in one track', async () => {
    const dir = writeTree({
      'track.yaml': `tracks:
  - id: data
    title: Data
    levels:
      - { id: d1, title: D1 }
      - { id: d1, title: D1 again }
`,
    });
    const { stdout, code } = await career(['--no-builtin', 'validate', LADDER, dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('tracks[0].levels[1].id: duplicate level id "d1"');
  });
});
