import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/cli.js';
import { type Occupation, writeOnetRelease } from '../../helpers/onet-release.js';
import { runMain } from '../../helpers/run-main.js';

/**
 * A small O*NET-shaped release, written for these tests (the codes and
 * titles are O*NET's, the relations are chosen to pin the advancement rule
 * of src/import/advancement.ts): occupation → [job zone, related rows as
 * [code, tier, index], written in the order given].
 */
const OCCUPATIONS: Record<string, Occupation> = {
  '41-9041.00': [
    'Telemarketers',
    2,
    [
      // Out of order in the file: the Index ranks them, not the line.
      ['11-2021.00', 'Primary-Long', 7],
      ['41-2031.00', 'Primary-Short', 1],
      ['13-1199.06', 'Primary-Short', 2],
      ['41-1011.00', 'Primary-Short', 3],
      ['15-1254.00', 'Primary-Short', 4],
      ['13-1161.01', 'Primary-Short', 5],
      ['15-1255.00', 'Primary-Long', 6],
    ],
  ],
  '41-2031.00': [
    'Retail Salespersons',
    2,
    [
      ['41-9041.00', 'Primary-Short', 1],
      ['41-1011.00', 'Primary-Long', 6],
    ],
  ],
  '41-1011.00': [
    'First-Line Supervisors of Retail Sales Workers',
    2,
    [
      ['41-2031.00', 'Primary-Short', 1],
      ['41-9041.00', 'Primary-Long', 6],
      ['11-2021.00', 'Supplemental', 11],
    ],
  ],
  '13-1161.01': [
    'Search Marketing Strategists',
    4,
    [
      ['15-1254.00', 'Primary-Short', 1],
      ['11-2021.00', 'Primary-Short', 2],
    ],
  ],
  '13-1199.06': [
    'Online Merchants',
    4,
    [
      ['11-2021.00', 'Primary-Short', 1],
      ['41-9041.00', 'Primary-Short', 2],
    ],
  ],
  '11-2021.00': [
    'Marketing Managers',
    4,
    [
      ['13-1161.01', 'Primary-Short', 1],
      ['13-1199.06', 'Primary-Short', 2],
    ],
  ],
  '15-1254.00': [
    'Web Developers',
    3,
    [
      ['41-9041.00', 'Primary-Short', 1],
      ['15-1255.00', 'Primary-Long', 6],
      ['11-2021.00', 'Supplemental', 11],
    ],
  ],
  '15-1255.00': ['Web and Digital Interface Designers', 4, [['15-1254.00', 'Primary-Short', 1]]],
  '15-1221.00': [
    'Computer and Information Research Scientists',
    5,
    [['11-3021.00', 'Primary-Short', 1]],
  ],
  // No occupation lists it: it is reached only from its own related ones.
  '11-3021.00': [
    'Computer and Information Systems Managers',
    4,
    [
      ['11-2021.00', 'Primary-Short', 1],
      ['15-1221.00', 'Primary-Short', 2],
      ['15-1254.00', 'Primary-Short', 3],
    ],
  ],
};

const ids: Record<string, string> = {
  '41-9041.00': 'telemarketers',
  '41-2031.00': 'retail-salespersons',
  '41-1011.00': 'first-line-supervisors-of-retail-sales-workers',
  '13-1161.01': 'search-marketing-strategists',
  '13-1199.06': 'online-merchants',
  '11-2021.00': 'marketing-managers',
  '15-1254.00': 'web-developers',
  '15-1255.00': 'web-and-digital-interface-designers',
  '15-1221.00': 'computer-and-information-research-scientists',
  '11-3021.00': 'computer-and-information-systems-managers',
};

/** Writes the release; `leave` names files not to write, `relatedColumns` the columns of Related Occupations. */
const release = (options: { leave?: string[]; relatedColumns?: 'tiers' | 'codes only' } = {}) =>
  writeOnetRelease(OCCUPATIONS, { zones: [2, 3, 4, 5], ...options });

async function importRelease(from: string): Promise<{ out: string; stderr: string }> {
  const out = join(tempDir('career-routes-out-'), 'onet');
  const run = await runMain(['import', 'onet', from, '--out', out]);
  expect(run.code).toBe(0);
  return { out, stderr: run.stderr };
}

/** Every role's advancement edges, as `show --json` prints them, by code. */
async function edges(out: string): Promise<Record<string, string[]>> {
  const run = await runMain([
    '--data',
    out,
    '--no-builtin',
    'show',
    ...Object.values(ids),
    '--json',
  ]);
  expect(run.code).toBe(0);
  const roles = JSON.parse(run.stdout) as { code: string; advancesTo: string[] }[];
  return Object.fromEntries(roles.map((role) => [role.code, role.advancesTo]));
}

describe('import onet: advancement edges', () => {
  it('steps up to related occupations: best related first, Primary-Long too, never down, at most 5', async () => {
    const { out, stderr } = await importRelease(release());
    expect(stderr).toBe('');
    expect(await edges(out)).toEqual({
      // Seven related steps up; the five best ranked (Index) are kept, the level one below is not a step.
      '41-9041.00': [
        'online-merchants',
        'first-line-supervisors-of-retail-sales-workers',
        'web-developers',
        'search-marketing-strategists',
        'web-and-digital-interface-designers',
      ],
      // Same job zone, more responsibility: a first-line supervisor, then a manager.
      '41-2031.00': ['first-line-supervisors-of-retail-sales-workers'],
      // No primary step up: the best supplemental one.
      '41-1011.00': ['marketing-managers'],
      '13-1161.01': ['marketing-managers'],
      '13-1199.06': ['marketing-managers'],
      // Back down to a specialist is no promotion: no A → B → A.
      '11-2021.00': [],
      // A Primary-Long step up (zone 3 → 4); the supplemental one is not needed. Then the
      // management occupation nothing reached, from the first of its related that steps up to it.
      '15-1254.00': [
        'web-and-digital-interface-designers',
        'computer-and-information-systems-managers',
      ],
      '15-1255.00': [],
      // A manager in a lower job zone is no step up for a research scientist (zone 5).
      '15-1221.00': [],
      '11-3021.00': [],
    });
  });

  it('gives the common routes into management: path finds them, show lists where a manager is reached from', async () => {
    const { out } = await importRelease(release());
    const path = await runMain([
      '--data',
      out,
      '--no-builtin',
      'path',
      '13-1161.01',
      '--to',
      '11-2021.00',
    ]);
    expect([path.code, path.stdout.split('\n')[0], path.stderr]).toEqual([
      0,
      'Search Marketing Strategists → Marketing Managers  1 step',
      '',
    ]);
    const merchant = await runMain([
      '--data',
      out,
      '--no-builtin',
      'path',
      'online-merchants',
      '--to',
      'marketing-managers',
    ]);
    expect([merchant.code, merchant.stdout.split('\n')[0]]).toEqual([
      0,
      'Online Merchants → Marketing Managers  1 step',
    ]);
    const show = await runMain(['--data', out, '--no-builtin', 'show', '11-3021.00']);
    expect(show.stdout).toContain('Reached from\n  ← Web Developers (web-developers)\n');
    // Down the ladder there is no route.
    const down = await runMain([
      '--data',
      out,
      '--no-builtin',
      'path',
      '11-2021.00',
      '--to',
      '13-1161.01',
    ]);
    expect(down.code).toBe(1);
  });

  it('calls a route into management at the same job zone a promotion, in path and in the quiz', async () => {
    const { out } = await importRelease(release());
    const dir = tempDir('career-routes-answers-');
    const answers = join(dir, 'answers.yaml');
    writeFileSync(
      answers,
      'from: search-marketing-strategists\nto: marketing-managers\nperformance: usually\ntasks: []\ninitiative: this-quarter\n',
    );
    const quiz = await runMain(
      ['--data', out, '--no-builtin', 'quiz', '--answers', answers, '--no-save', '--json'],
      { cwd: dir },
    );
    expect([quiz.code, quiz.stderr]).toEqual([0, '']);
    const { move } = JSON.parse(quiz.stdout) as { move: { kind: string; summary: string[] } };
    expect(move.kind).toBe('promotion');
    expect(move.summary[0]).toBe(
      'A promotion that changes track: an advancement route leads there, though both roles are at the Job Zone Four level, from Business and Financial Operations to Management.',
    );
    const path = await runMain([
      '--data',
      out,
      '--no-builtin',
      'path',
      'online-merchants',
      '--to',
      'marketing-managers',
      '--json',
    ]);
    expect(JSON.parse(path.stdout)).toMatchObject({ kind: 'promotion' });
    // Between two managers of one zone no route leads: a lateral move, as before.
    const across = await runMain([
      '--data',
      out,
      '--no-builtin',
      'path',
      'marketing-managers',
      '--to',
      'computer-and-information-systems-managers',
      '--json',
    ]);
    expect(JSON.parse(across.stdout)).toMatchObject({ kind: 'lateral' });
  });

  it('takes a release without tiers or ranks (codes only) as listing the closest first', async () => {
    const { out } = await importRelease(release({ relatedColumns: 'codes only' }));
    const found = await edges(out);
    // Every relation counts as close: the first five steps up in the file's order.
    expect(found['41-9041.00']).toEqual([
      'online-merchants',
      'first-line-supervisors-of-retail-sales-workers',
      'web-developers',
      'search-marketing-strategists',
      'web-and-digital-interface-designers',
    ]);
    expect(found['41-1011.00']).toEqual(['marketing-managers']);
    expect(found['11-2021.00']).toEqual([]);
  });

  it('imports a release without Job Zones or without Related Occupations, with no edges and a note', async () => {
    for (const missing of ['Job Zones.txt', 'Related Occupations.txt']) {
      const from = release({ leave: [missing] });
      const { out, stderr } = await importRelease(from);
      expect(stderr).toBe(`career: ${join(from, missing)} not found; importing without it\n`);
      expect(Object.values(await edges(out)).flat()).toEqual([]);
    }
  });
});
