import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, ROOT } from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';

/** Issue 11, point 3: a name several roles answer to is a choice, and validate warns. */
const LADDER = join(ROOT, 'tests', 'fixtures', 'ladder-kb');
// Two roles of the fixture ladder answer to "Staff engineer": one per track.
const SHARED = writeTree({
  'staff.yaml': `roles:
  - id: backend-staff
    title: Staff engineer
    track: backend
    level: b3
    summary: A second role on the backend L3 rung.
    responsibilities: [Sets the technical direction of several teams]
    advancesTo: [backend-l3]
  - id: design-staff
    title: Design staff lead
    aliases: [Staff engineer]
    track: design
    level: senior
    summary: A design role that answers to the same name.
    responsibilities: [Sets the design direction of several teams]
    advancesTo: [design-senior]
`,
});
const both = (...args: string[]) =>
  career(['--no-builtin', '--data', LADDER, '--data', SHARED, ...args]);

describe('a name several roles answer to', () => {
  it('lists them with their tracks and levels, and exits 1, in show, compare and path', async () => {
    for (const args of [
      ['show', 'staff engineer'],
      ['compare', 'staff engineer', 'backend-l1'],
      ['path', 'backend-l1', '--to', 'Staff engineer'],
      ['quiz', '--template', '--to', 'Staff engineer'],
    ]) {
      const { stdout, stderr, code } = await both(...args);
      expect(code, args.join(' ')).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('names 2 roles; say which by its id:');
      expect(stderr).toContain('  backend-staff  Staff engineer (Backend Engineering · L3)');
      expect(stderr).toContain('  design-staff  Design staff lead (Product Design · Senior)');
    }
  });

  it('a rung with two roles on it names neither', async () => {
    const { stderr, code } = await both('show', 'L3 backend engineer');
    expect(code).toBe(1);
    expect(stderr).toContain('backend-l3  Backend Engineer L3');
    expect(stderr).toContain('backend-staff  Staff engineer');
  });

  it('layered over the built-in roles, a shared alias is a choice too', async () => {
    const dir = writeTree({
      'search.yaml': `roles:
  - id: search-strategist
    title: Search marketing strategist
    aliases: [SEO specialist]
    track: digital-marketing
    level: advanced
    summary: Plans search marketing.
    responsibilities: [Plan search marketing]
`,
    });
    const { stderr, code } = await career(['--data', dir, 'show', 'SEO specialist']);
    expect(code).toBe(1);
    expect(stderr).toContain('seo-specialist');
    expect(stderr).toContain('search-strategist');
  });

  it('in an answers file, is named at its line', async () => {
    const { stderr, code } = await career(
      ['--no-builtin', '--data', LADDER, '--data', SHARED, 'quiz', '--answers', '-', '--no-save'],
      {
        input:
          'from: backend-l1\nto: Staff engineer\nperformance: usually\ntasks: []\ninitiative: never\n',
      },
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      '<stdin>:2:1: to: is "Staff engineer", which names 2 roles (backend-staff, design-staff): write the id of the one you mean',
    );
  });
});

describe('career validate warnings', () => {
  const FIRST = writeTree({
    'first.yaml': `roles:
  - id: growth-lead
    title: Growth lead
    track: digital-marketing
    level: advanced
    summary: Leads growth.
    responsibilities: [Lead growth experiments]
`,
  });
  const SECOND = writeTree({
    'second.yaml': `roles:
  - id: growth-lead
    title: Growth lead
    aliases: [SEM specialist]
    track: digital-marketing
    level: advanced
    summary: Leads growth, our way.
    responsibilities: [Lead growth experiments]
  - id: seo-specialist
    title: Search specialist
    track: digital-marketing
    level: associate
    summary: Our own SEO role.
    responsibilities: [Own organic search]
    advancesTo: [growth-lead]
`,
  });

  it('warns of replaced roles (naming both files), shared names and unreachable roles, and stays valid', async () => {
    const { stdout, stderr, code } = await career(['validate', FIRST, SECOND]);
    expect(code).toBe(0);
    expect(stdout).toBe('valid: 2 files, 2 roles, 0 tracks, 1 advancement edge\n');
    const second = join(SECOND, 'second.yaml');
    const first = join(FIRST, 'first.yaml');
    expect(stderr).toContain(
      `career: warning: ${second}:4:15: roles[0].aliases[0]: "SEM specialist" is also a name of sem-specialist: looking it up asks which\n`,
    );
    expect(stderr).toContain(
      `career: warning: ${second}:2:9: roles[0].id: replaces the role "growth-lead" of ${first}:2: the whole record is this one\n`,
    );
    expect(stderr).toContain(
      `career: warning: ${second}:9:9: roles[1].id: replaces the role "seo-specialist" of the built-in data: the whole record is this one\n`,
    );
  });

  it('warns of a role no path reaches; --strict fails on warnings; --json has them all', async () => {
    const alone = writeTree({
      'alone.yaml': `roles:
  - id: hermit
    title: Hermit
    track: design
    level: junior
    summary: Nobody's next step.
    responsibilities: [Works alone]
`,
    });
    const loose = await career(['--no-builtin', 'validate', LADDER, alone]);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain(
      'roles[0]: "hermit" leads to no role and no role leads to it: no path shows it',
    );
    const strict = await career(['--no-builtin', 'validate', '--strict', LADDER, alone]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('career: 1 warning, and --strict counts them as problems\n');
    const json = await career(['--no-builtin', 'validate', '--json', LADDER, alone]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ valid: true, problems: [], files: 3, roles: 6, tracks: 2 });
    expect(report.warnings).toEqual([
      {
        file: join(alone, 'alone.yaml'),
        line: 2,
        column: 5,
        field: 'roles[0]',
        message: expect.stringContaining('"hermit" leads to no role'),
      },
    ]);
  });
});
