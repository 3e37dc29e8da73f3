import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filledTemplate, USUAL } from '../helpers/answers.js';
import { career, careerInTerminal, tempDir } from '../helpers/cli.js';

/** A fresh data folder, so each test has its own history. */
const home = () => ({ CAREER_DATA_HOME: join(tempDir(), 'data') });

/** `career quiz --template`, filled in as the tests' usual person would, saved in a new folder. */
const filled = (to: string, from: string) => filledTemplate(from, to, USUAL);

describe('career history compares like with like', () => {
  it('shows a change only against earlier attempts of the same from and to', async () => {
    const env = home();
    const fromSeo = await filled('digital-marketing-manager', 'seo-specialist');
    const fromSem = await filled('digital-marketing-manager', 'sem-specialist');
    for (const file of [fromSeo, fromSem, fromSeo])
      expect((await career(['quiz', '--answers', file], { env })).code).toBe(0);
    const { stdout, code } = await career(['history', '--json'], { env });
    expect(code).toBe(0);
    const entries = JSON.parse(stdout);
    expect(entries.map((e: { from: string; change: number | null }) => [e.from, e.change])).toEqual(
      [
        ['seo-specialist', null],
        ['sem-specialist', null],
        ['seo-specialist', entries[2].score - entries[0].score],
      ],
    );
  });

  it('flags an attempt scored against a different knowledge base than the one before it', async () => {
    const env = { ...home(), TZ: 'UTC', NO_COLOR: '1' };
    const file = await filled('digital-marketing-manager', 'seo-specialist');
    const extra = join(tempDir(), 'extra.yaml');
    writeFileSync(
      extra,
      'roles:\n  - id: growth-marketer\n    title: Growth marketer\n    track: digital-marketing\n    level: associate\n    summary: Runs experiments.\n    responsibilities: [Run growth experiments]\n    advancesTo: []\n',
    );
    expect((await career(['quiz', '--answers', file], { env })).code).toBe(0);
    expect((await career(['--data', extra, 'quiz', '--answers', file], { env })).code).toBe(0);
    expect((await career(['--data', extra, 'quiz', '--answers', file], { env })).code).toBe(0);
    const { stdout } = await career(['history', '--json'], { env });
    expect(
      JSON.parse(stdout).map((e: { change: number | null; knowledgeBaseChanged: boolean }) => [
        e.change,
        e.knowledgeBaseChanged,
      ]),
    ).toEqual([
      [null, false],
      [0, true],
      [0, false],
    ]);
    const table = careerInTerminal(['history'], { env });
    expect(table.code).toBe(0);
    const rows = table.stdout.split('\n');
    expect(rows[1]).not.toMatch(/\*$/);
    expect(rows[2]).toMatch(/±0\*$/);
    expect(rows[3]).toMatch(/±0$/);
    expect(table.stdout).toContain(
      '\n\n* Scored against a different knowledge base than the attempt before it at this move:\n' +
        '  part of the change may come from edited roles or questions, not from you.\n',
    );
  });
});
