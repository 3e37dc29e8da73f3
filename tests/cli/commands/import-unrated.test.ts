import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/cli.js';
import { type Occupation, writeOnetRelease } from '../../helpers/onet-release.js';
import { runMain } from '../../helpers/run-main.js';

/**
 * A small O*NET-shaped release, written for these tests (the codes and
 * titles are O*NET's, the zones and relations are chosen to pin the rule of
 * src/import/advancement.ts for occupations without a job zone): occupation
 * → [title, job zone or none, related rows as [code, tier, index]].
 */
const OCCUPATIONS: Record<string, Occupation> = {
  // As in O*NET 27.0: no job zone and no related occupations.
  '11-9199.00': ['Managers, All Other', null, []],
  '11-9199.01': ['Regulatory Affairs Managers', 4, [['13-1041.07', 'Primary-Short', 1]]],
  '11-9199.02': ['Compliance Managers', 4, [['13-1041.00', 'Primary-Short', 1]]],
  // In the group: its step to a kind of manager of the group is a step sideways into the rest of it.
  '11-9199.09': ['Wind Energy Operations Managers', 3, [['11-9199.02', 'Primary-Short', 1]]],
  '13-1041.00': ['Compliance Officers', 3, [['11-9199.02', 'Primary-Short', 1]]],
  '13-1041.07': [
    'Regulatory Affairs Specialists',
    4,
    [
      ['11-9199.01', 'Primary-Short', 1],
      ['11-9199.02', 'Primary-Short', 2],
    ],
  ],
  // Steps into the group first, but already has five steps: no sixth.
  '13-2061.00': [
    'Financial Examiners',
    4,
    [
      ['11-9199.02', 'Primary-Short', 1],
      ['11-3031.00', 'Primary-Short', 2],
      ['11-3031.01', 'Primary-Short', 3],
      ['11-1021.00', 'Primary-Short', 4],
      ['11-3012.00', 'Primary-Short', 5],
    ],
  ],
  '11-3031.00': ['Financial Managers', 4, []],
  '11-3031.01': ['Treasurers and Controllers', 4, []],
  '11-1021.00': ['General and Operations Managers', 4, []],
  '11-3012.00': ['Administrative Services Managers', 4, []],
  // Alone in its broad group (43-919): its minor group (43-9) places it.
  '43-9199.00': ['Office and Administrative Support Workers, All Other', null, []],
  '43-9111.00': ['Statistical Assistants', 3, []],
  '43-4171.00': ['Receptionists and Information Clerks', 2, [['43-9111.00', 'Primary-Short', 1]]],
  // In the minor group itself: not a source.
  '43-9061.00': ['Office Clerks, General', 2, [['43-9111.00', 'Primary-Short', 1]]],
};

const release = () => writeOnetRelease(OCCUPATIONS, { zones: [2, 3, 4] });

async function importRelease(): Promise<string> {
  const out = join(tempDir('career-unrated-out-'), 'onet');
  const run = await runMain(['import', 'onet', release(), '--out', out]);
  expect([run.code, run.stderr]).toEqual([0, '']);
  return out;
}

describe('import onet: occupations without a job zone', () => {
  it('are reached from whoever steps into their SOC group from outside it; other edges stay', async () => {
    const out = await importRelease();
    const run = await runMain(['--data', out, '--no-builtin', 'list', '--json']);
    expect(run.code).toBe(0);
    const ids = (JSON.parse(run.stdout) as { id: string }[]).map((role) => role.id);
    const show = await runMain(['--data', out, '--no-builtin', 'show', ...ids, '--json']);
    const roles = JSON.parse(show.stdout) as { code: string; advancesTo: string[] }[];
    expect(Object.fromEntries(roles.map((role) => [role.code, role.advancesTo]))).toEqual({
      '11-9199.00': [],
      '11-9199.01': [],
      '11-9199.02': [],
      '11-9199.09': ['compliance-managers'],
      // Their steps into the group as before, the guess last.
      '13-1041.00': ['compliance-managers', 'managers-all-other'],
      '13-1041.07': ['regulatory-affairs-managers', 'compliance-managers', 'managers-all-other'],
      '13-2061.00': [
        'compliance-managers',
        'financial-managers',
        'treasurers-and-controllers',
        'general-and-operations-managers',
        'administrative-services-managers',
      ],
      '11-3031.00': [],
      '11-3031.01': [],
      '11-1021.00': [],
      '11-3012.00': [],
      '43-9199.00': [],
      '43-9111.00': [],
      '43-4171.00': [
        'statistical-assistants',
        'office-and-administrative-support-workers-all-other',
      ],
      '43-9061.00': ['statistical-assistants'],
    });
  });

  it('gives path a route to Managers, All Other, show where it is reached from, and validate no warning', async () => {
    const out = await importRelease();
    const path = await runMain([
      '--data',
      out,
      '--no-builtin',
      'path',
      'regulatory-affairs-specialists',
      '--to',
      'managers-all-other',
    ]);
    expect([path.code, path.stdout.split('\n')[0], path.stderr]).toEqual([
      0,
      'Regulatory Affairs Specialists → Managers, All Other  1 step',
      '',
    ]);
    const show = await runMain(['--data', out, '--no-builtin', 'show', 'managers-all-other']);
    expect(show.stdout).toContain(
      'Reached from\n' +
        '  ← Compliance Officers (compliance-officers)\n' +
        '  ← Regulatory Affairs Specialists (regulatory-affairs-specialists)\n',
    );
    const validate = await runMain(['validate', '--no-builtin', '--json', out]);
    expect(validate.code).toBe(0);
    const { warnings } = JSON.parse(validate.stdout) as { warnings: { message: string }[] };
    expect(warnings.filter((w) => w.message.includes('no path shows'))).toEqual([]);
  });
});
