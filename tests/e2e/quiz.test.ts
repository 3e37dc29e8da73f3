import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, tempDir, worldReadableCopy } from '../helpers/cli.js';

const ANSWERS = `from: SEO specialist
to: digital-marketing-manager
performance: consistently
tasks: [1, 3]
initiative: this-year
preparation: [technologies, customers]
`;

function answersFile(text = ANSWERS): string {
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(file, text);
  return file;
}

/** A fresh data folder, so each test has its own history. */
const home = () => ({ CAREER_DATA_HOME: join(tempDir(), 'data') });

describe('career quiz --answers', () => {
  it('scores an answers file and lays out the verdict, the bars and the plan', async () => {
    const env = home();
    const { stdout, stderr, code } = await career(['quiz', '--answers', answersFile()], { env });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^SEO specialist → Digital marketing manager\nA promotion: from Associate to Advanced, within Digital marketing\.\n/,
    );
    expect(stdout).toContain('\nAlmost there · 63/100\n');
    // Piped output is laid out for 80 columns: reasons wrap under their column.
    expect(stdout).toContain(
      '  Performance       █████████░   90  You consistently meet your performance\n' +
        '                                     goals.\n',
    );
    expect(stdout).toContain(
      '  Preparation       ████░░░░░░   40  You have studied 2 of the 5 preparation\n',
    );
    // Goals are met and nothing the SEO specialist does covers the manager's work yet: the first
    // month asks for that work by name; taking on the rest follows at 60 days.
    expect(stdout).toContain(
      'Your plan\nNext 30 days\n  1. Ask your manager for more work, and name it: work that belongs to the role\n',
    );
    expect(stdout).toContain(
      'By 60 days\n  2. Ask to take on: evaluate and improve the end-to-end customer experience\n',
    );
    expect(stdout).toContain('By 90 days\n');
    expect(stdout).toContain(
      '  • Understand what the role includes: You will be expected to hit the ground\n',
    );
  });

  it('reads answers from stdin with "-", as JSON too, and prints the whole result with --json', async () => {
    const json = JSON.stringify({
      from: 'e-commerce-analyst',
      to: 'ecommerce PM',
      performance: 'exceeds',
      tasks: [1, 2, 3, 4],
      initiative: 'this-month',
      preparation: ['technologies', 'practices', 'customers', 'organization', 'functions'],
    });
    const { stdout, stderr, code } = await career(['quiz', '--answers', '-', '--json'], {
      input: json,
      env: home(),
    });
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual([
      'date',
      'from',
      'to',
      'move',
      'skills',
      'answers',
      'score',
      'verdict',
      'heldBy',
      'scores',
      'plan',
      'reading',
      'knowledgeBase',
    ]);
    expect(result.move).toMatchObject({
      kind: 'promotion',
      crossTrack: false,
      route: ['e-commerce-analyst', 'e-commerce-product-manager'],
      nearest: null,
    });
    expect(result.to).toEqual({
      id: 'e-commerce-product-manager',
      title: 'E-commerce product manager',
      track: 'e-commerce',
      level: 'advanced',
    });
    expect(result.score).toBe(100);
    expect(result.verdict.id).toBe('ready');
    expect(result.scores.map((s: { question: string }) => s.question)).toEqual([
      'performance',
      'tasks',
      'initiative',
      'preparation',
    ]);
    // Every answer is as strong as it gets: what is left is making the case, now.
    expect(result.plan.map((step: { by: number; kind: string }) => [step.by, step.kind])).toEqual([
      [30, 'move'],
    ]);
    expect(result.heldBy).toBeNull();
    expect(result.reading).toEqual([]);
    expect(result.knowledgeBase).toEqual({
      digest: expect.stringMatching(/^sha256:[0-9a-f]{16}$/),
      roles: 12,
    });
  });

  it('lets --from and --to stand in for the file’s roles', async () => {
    const file = answersFile(ANSWERS.replace(/^from:.*\n|^to:.*\n/gm, ''));
    const { stdout, code } = await career([
      'quiz',
      '-a',
      file,
      '--from',
      'sem',
      '--to',
      'account manager',
      '--json',
      '--no-save',
    ]);
    expect(code).toBe(0);
    expect([JSON.parse(stdout).from.id, JSON.parse(stdout).to.id]).toEqual([
      'sem-specialist',
      'account-manager',
    ]);
  });

  it('names each missing or wrong answer with its line and allowed values, and exits 2', async () => {
    const file = answersFile(
      'from: seo-specialist\nto: digital-marketing-manager\nperformance: usualy\ntasks: [1, 7]\npreparation: [technologies]\n',
    );
    const env = home();
    const { stdout, stderr, code } = await career(['quiz', '--answers', file], { env });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'career: 3 answers are missing or wrong:',
        `  ${file}:3:1: performance: is "usualy" (did you mean "usually"?): must be one of rarely, sometimes, usually, consistently, exceeds`,
        `  ${file}:4:1: tasks: has 7: must be a list of responsibility numbers from 1 to 4 (the ones you have been given), or [] for none`,
        `  ${file}: initiative: is missing: one of never, over-a-year, this-year, this-quarter, this-month`,
        '',
      ].join('\n'),
    );
    expect(existsSync(env.CAREER_DATA_HOME)).toBe(false);
  });

  it('reports an unknown role in the file, invalid YAML, and a file that is not there, each with exit 2', async () => {
    const unknown = await career([
      'quiz',
      '--answers',
      answersFile(ANSWERS.replace('SEO specialist', 'seo specalist')),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      ': from: is "seo specalist", not a known role, did you mean "seo-specialist"',
    );
    const broken = answersFile('performance: [unclosed\n');
    const yaml = await career(['quiz', '--answers', broken]);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toMatch(new RegExp(`^career: ${broken}:2:1: invalid YAML: `));
    const missing = await career(['quiz', '--answers', 'no-such-answers.yaml']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'career: cannot read the answers file no-such-answers.yaml: no such file\n',
    ]);
  });

  it('answers an unknown --to with suggestions and exit 1, and the same role twice with exit 2', async () => {
    const unknown = await career(['quiz', '--to', 'acount manager', '--answers', answersFile()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /^career: unknown role "acount manager", did you mean "account-manager", /,
    );
    const same = await career([
      'quiz',
      '--from',
      'dmm',
      '--to',
      'digital-marketing-manager',
      '--answers',
      answersFile(),
    ]);
    expect(same.code).toBe(2);
    expect(same.stderr).toBe(
      'career: you already have the role "digital-marketing-manager": choose a different role to move to\n',
    );
  });
});

describe('career quiz --template', () => {
  it('prints an answers file that, filled in, is accepted', async () => {
    const { stdout, code } = await career([
      'quiz',
      '--template',
      '--to',
      'social-media-strategist',
      '--from',
      'social-media-specialist',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('from: social-media-specialist\n');
    expect(stdout).toContain(
      '#    4  Network with industry professionals and influencers using social media\n#         (partly yours: you already use Social media marketing)\ntasks:\n',
    );
    expect(stdout).toContain('#   this-quarter  In the last three months\n');
    const empty = await career(['quiz', '--answers', '-'], { input: stdout });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^career: 4 answers are missing or wrong:/);
    const filled = stdout
      .replace(/^performance:$/m, 'performance: exceeds')
      .replace(/^tasks:$/m, 'tasks: [1, 2, 3, 4]')
      .replace(/^initiative:$/m, 'initiative: this-month')
      .replace(
        /^preparation:$/m,
        'preparation: [technologies, practices, customers, organization, functions]',
      );
    const done = await career(['quiz', '--answers', '-', '--json', '--no-save'], { input: filled });
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout).score).toBe(100);
  });

  it('needs --to', async () => {
    const { code, stderr } = await career(['quiz', '--template']);
    expect([code, stderr]).toEqual([
      2,
      'career: --template needs the role you want: career quiz --template --to ROLE\n',
    ]);
  });
});

describe('career quiz without a terminal', () => {
  it('fails at once with exit 2 and says how to answer without prompts, never waiting on stdin', async () => {
    const { stdout, stderr, code } = await career(['quiz'], { holdStdin: true });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'career: the quiz asks its questions on a terminal, and there is none here. Answer them in a file instead:\n' +
        '  career quiz --template --to ROLE > answers.yaml   # then fill it in\n' +
        '  career quiz --answers answers.yaml\n',
    );
  });
});

describe('history', () => {
  it('saves each completed quiz and shows the change since the last attempt at the same role', async () => {
    const env = { ...home(), TZ: 'UTC' };
    await career(['quiz', '--answers', answersFile()], { env });
    await career(['quiz', '--answers', answersFile(ANSWERS.replace('this-year', 'this-month'))], {
      env,
    });
    await career(
      [
        'quiz',
        '--answers',
        answersFile(ANSWERS.replace('digital-marketing-manager', 'account-manager')),
      ],
      { env },
    );
    await career(['quiz', '--no-save', '--answers', answersFile()], { env });
    const { stdout, code } = await career(['history', '--json'], { env });
    expect(code).toBe(0);
    const entries = JSON.parse(stdout);
    expect(
      entries.map((e: { to: string; score: number; change: number | null }) => [
        e.to,
        e.score,
        e.change,
      ]),
    ).toEqual([
      ['digital-marketing-manager', 63, null],
      ['digital-marketing-manager', 73, 10],
      ['account-manager', 63, null],
    ]);
    const tsv = await career(['history'], { env });
    const lines = tsv.stdout
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => line.split('\t'));
    expect(lines.map((fields) => fields.slice(1))).toEqual([
      ['seo-specialist', 'digital-marketing-manager', 'almost', '63', ''],
      ['seo-specialist', 'digital-marketing-manager', 'almost', '73', '10'],
      ['seo-specialist', 'account-manager', 'almost', '63', ''],
    ]);
  });

  it('prints nothing, successfully, when there is no history yet', async () => {
    const { stdout, stderr, code } = await career(['history', '--json'], { env: home() });
    expect([stdout, stderr, code]).toEqual(['[]\n', '', 0]);
  });

  it('reports a damaged line, skips it, and leaves it in the file', async () => {
    const env = home();
    await career(['quiz', '--answers', answersFile()], { env });
    const file = join(env.CAREER_DATA_HOME, 'history.jsonl');
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"version":1,"da\n`);
    const before = readFileSync(file, 'utf8');
    const { stdout, stderr, code } = await career(['history', '--json'], { env });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr).toBe(
      `career: ${file}:2: skipped a record that is damaged (not JSON); the line is kept in the file\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('keeps all 20 records when 20 quizzes finish at once', async () => {
    const env = home();
    const file = answersFile();
    const runs = await Promise.all(
      Array.from({ length: 20 }, () => career(['quiz', '--answers', file], { env })),
    );
    expect(runs.map((r) => r.code)).toEqual(Array(20).fill(0));
    const lines = readFileSync(join(env.CAREER_DATA_HOME, 'history.jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(20);
    for (const line of lines) expect(JSON.parse(line).score).toBe(63);
    const { stdout } = await career(['history', '--json'], { env });
    expect(JSON.parse(stdout)).toHaveLength(20);
  }, 60_000);

  it('fails with exit 4 and leaves the history as it was when the data folder is read-only', async () => {
    const root = tempDir();
    const env = { CAREER_DATA_HOME: root };
    await career(['quiz', '--answers', answersFile()], { env });
    const file = join(root, 'history.jsonl');
    const before = readFileSync(file, 'utf8');
    chmodSync(root, 0o555);
    chmodSync(file, 0o644);
    const readable = answersFile();
    chmodSync(join(readable, '..'), 0o755);
    // root may write anywhere, so as root the run is made as "nobody", from a copy it can read.
    const asRoot = process.getuid?.() === 0;
    const run = asRoot ? { asUser: 65534, bin: worldReadableCopy() } : {};
    const { stdout, stderr, code } = await career(['quiz', '--answers', readable], { env, ...run });
    expect(code).toBe(4);
    expect(stdout).toContain('Almost there · 63/100');
    expect(stderr).toBe(
      `career: cannot save to ${file}: the folder is read-only or not yours. The result above was not saved; use --no-save to skip saving, or set CAREER_DATA_HOME to another folder\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    chmodSync(root, 0o755);
  });
});
