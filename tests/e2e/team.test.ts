import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alexAndDana, filledTemplate } from '../helpers/answers.js';
import { career, careerInTerminal, tempDir } from '../helpers/cli.js';

const SEO = 'seo-specialist';
const DMM = 'digital-marketing-manager';

/** A manager's folder: three people's results made by the real commands, and files that are not results. */
let folder: string;
beforeAll(async () => {
  const answers = tempDir();
  folder = join(tempDir(), 'team');
  mkdirSync(folder);
  const save = async (args: string[], name: string) => {
    const { stdout, code } = await career([...args, '--json', '--no-save']);
    expect(code).toBe(0);
    writeFileSync(join(folder, name), stdout);
  };
  const ready = await filledTemplate(
    SEO,
    DMM,
    {
      performance: 'exceeds',
      tasks: '[1, 2, 3, 4]',
      initiative: 'this-month',
      preparation: '[practices, customers, organization]',
    },
    { folder: answers, name: 'ready.yaml' },
  );
  const early = await filledTemplate(
    'sem-specialist',
    DMM,
    { performance: 'usually', tasks: '[1]', initiative: 'never', preparation: '[]' },
    { folder: answers, name: 'early.yaml' },
  );
  const { self: own, manager: managers } = await alexAndDana(answers);
  await save(['quiz', '--answers', ready], 'priya.json');
  await save(['quiz', '--answers', early], 'sam.json');
  await save(['checkin', own, managers], 'alex-checkin.json');
  writeFileSync(join(folder, 'notes.txt'), 'Promotion round in December\n');
  writeFileSync(join(folder, 'package.json'), '{"name": "not a result"}\n');
  writeFileSync(join(folder, 'broken.json'), '{"from": {"id": "seo-specialist"');
  writeFileSync(join(folder, '.DS_Store'), 'whatever');
  // A subfolder is read too (a folder per person, or an archive): its files are results or skipped.
  mkdirSync(join(folder, 'archive'));
  writeFileSync(join(folder, 'archive', 'round-1.txt'), 'Promotion round in June\n');
});

const SKIPPED = () =>
  [
    `career: team: skipped ${folder}/archive/round-1.txt: not JSON (career quiz --json or career checkin --json writes a result)`,
    `career: team: skipped ${folder}/broken.json: not JSON (career quiz --json or career checkin --json writes a result)`,
    `career: team: skipped ${folder}/notes.txt: not JSON (career quiz --json or career checkin --json writes a result)`,
    `career: team: skipped ${folder}/package.json: not a quiz or check-in result (career quiz --json or career checkin --json writes one)`,
    '',
  ].join('\n');

describe('career team', () => {
  it('prints a table on a terminal, most ready first, with the weakest signal of each', () => {
    // Wide enough for the table: narrower, each person gets a few lines (terminal-width.test.ts).
    const { stdout, code } = careerInTerminal(['team', folder], {
      env: { NO_COLOR: '1', TZ: 'UTC' },
      columns: 200,
    });
    expect(code).toBe(0);
    // The terminal shows stderr too: the skipped files come first, then the table.
    const lines = stdout
      .trimEnd()
      .split('\n')
      .filter((line) => !line.startsWith('career: team: skipped'));
    expect(lines[0]).toMatch(
      /^Person {4}Move {2,}Score {2}Verdict {2,}Weakest signal {2,}Date {2,}From$/,
    );
    expect(lines.slice(1, 4).map((l) => l.split(/ {2,}/))).toEqual([
      [
        'priya',
        'SEO specialist → Digital marketing manager',
        '94',
        'Ready now',
        'Preparation (60)',
        expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        'quiz',
      ],
      [
        'Alex Kim',
        'SEO specialist → Digital marketing manager',
        '40',
        'Not yet',
        'Preparation (0)',
        expect.any(String),
        'check-in: self 60, Dana 48',
      ],
      [
        'sam',
        'SEM specialist → Digital marketing manager',
        '30',
        'Not yet',
        'Initiative (0)',
        expect.any(String),
        'quiz',
      ],
    ]);
    expect(lines.at(-1)).toBe('3 people, most ready first.');
  });

  it('lists broken and foreign files on stderr as skipped, with the reason, and never stops for them', async () => {
    const { stdout, stderr, code } = await career(['team', folder]);
    expect(code).toBe(0);
    expect(stderr).toBe(SKIPPED());
    // Piped: one person a line, tab-separated, no header.
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t').slice(0, 6)),
    ).toEqual([
      ['priya', SEO, DMM, '94', 'ready', 'preparation'],
      ['Alex Kim', SEO, DMM, '40', 'not-yet', 'preparation'],
      ['sam', 'sem-specialist', DMM, '30', 'not-yet', 'initiative'],
    ]);
  });

  it('prints JSON with the people and the skipped files, and Markdown for a document', async () => {
    const json = JSON.parse((await career(['team', folder, '--json'])).stdout);
    expect(json.members.map((m: { person: string }) => m.person)).toEqual([
      'priya',
      'Alex Kim',
      'sam',
    ]);
    expect(json.members[1]).toMatchObject({
      source: 'checkin',
      file: 'alex-checkin.json',
      checkin: { self: 60, manager: 48, managerName: 'Dana', differences: 3 },
    });
    expect(json.skipped.map((s: { file: string }) => s.file)).toEqual([
      'archive/round-1.txt',
      'broken.json',
      'notes.txt',
      'package.json',
    ]);
    const markdown = await career(['team', folder, '--markdown'], { env: { TZ: 'UTC' } });
    expect(markdown.stdout).toMatch(/^# Team readiness\n\n\| Person \| Move \| Score \|/);
    expect(markdown.stdout).toContain(
      '| priya | SEO specialist → Digital marketing manager | 94 | Ready now | Preparation (60) |',
    );
  });

  it("keeps each person's latest result, naming the older one as skipped", async () => {
    const copy = join(tempDir(), 'team');
    mkdirSync(copy);
    const result = (date: string, score: number) =>
      JSON.stringify({
        date,
        from: { id: SEO, title: 'SEO specialist' },
        to: { id: DMM, title: 'Digital marketing manager' },
        score,
        verdict: { id: 'almost', title: 'Almost there' },
        scores: [{ question: 'performance', title: 'Performance', score }],
        for: 'Priya',
      });
    writeFileSync(join(copy, 'priya-october.json'), result('2026-10-01T09:00:00.000Z', 55));
    writeFileSync(join(copy, 'priya-november.json'), result('2026-11-01T09:00:00.000Z', 66));
    const { stdout, stderr } = await career(['team', copy]);
    expect(stdout.split('\t').slice(0, 4)).toEqual(['Priya', SEO, DMM, '66']);
    expect(stderr).toBe(
      `career: team: skipped ${copy}/priya-october.json: an older result for Priya than priya-november.json\n`,
    );
  });

  it('skips a pipe in the folder rather than wait on it forever', async () => {
    const piped = join(tempDir(), 'team');
    mkdirSync(piped);
    expect(spawnSync('mkfifo', [join(piped, 'pipe.json')]).status).toBe(0);
    const { code, stderr } = await career(['team', piped]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `career: team: skipped ${piped}/pipe.json: it is a pipe, not a regular file\n`,
    );
  });

  it('says so when the folder is missing (exit 2) or holds no result (exit 1)', async () => {
    const missing = await career(['team', join(folder, 'nope')]);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toBe(
      `career: cannot read the folder ${join(folder, 'nope')}: no such folder\n`,
    );
    const empty = tempDir();
    const none = await career(['team', empty]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`career: no quiz or check-in results in ${empty}`);
  });
});
