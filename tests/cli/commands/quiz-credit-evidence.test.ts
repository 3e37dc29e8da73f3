import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

/** The note the answers template gives a responsibility of the target, by the start of its text. */
async function noteOn(data: string[], from: string, to: string, text: string): Promise<string> {
  const { stdout, stderr, code } = await runMain([
    ...data,
    'quiz',
    '--template',
    '--from',
    from,
    '--to',
    to,
  ]);
  expect([code, stderr]).toEqual([0, '']);
  const lines = stdout.split('\n');
  const at = lines.findIndex((line) => /^# +\d+ {2}/.test(line) && line.includes(text));
  expect(at, text).toBeGreaterThan(-1);
  const next = lines[at + 1] as string;
  return /^# +\((likely|partly) yours/.test(next) ? next.replace(/^# +/, '') : '';
}

// The coach's O*NET occupations and the built-in roles, with twelve more: thirty roles, enough
// for one in ten to be a share that says how common a skill is (generic-skills.ts).
const filler = Array.from(
  { length: 12 },
  (_, i) => `  - id: filler-${i}
    title: Filler ${i}
    track: filler
    level: associate
    summary: Does filler things.
    responsibilities:
      - Do the filler ${i} work
    advancesTo: []
`,
).join('');
const ONET = () => [
  '--data',
  join(ROOT, 'tests', 'fixtures', 'coach-onet'),
  '--data',
  writeTree({ 'kb.yaml': `tracks:\n  - id: filler\n    title: Filler\nroles:\n${filler}` }),
];

describe('the quiz calls work likely yours on the evidence compare asks for, not on one skill', () => {
  it('does not credit a Search Marketing Strategist with pricing, contracts or trade shows for using strategy or coordinating', async () => {
    const data = ONET();
    const from = 'search-marketing-strategists';
    const to = 'marketing-managers';
    expect(await noteOn(data, from, to, 'Develop pricing strategies')).toBe(
      '(partly yours: you already use Strategy and planning)',
    );
    expect(await noteOn(data, from, to, 'Negotiate contracts with vendors')).toBe(
      '(partly yours: you already use Strategy and planning)',
    );
    expect(await noteOn(data, from, to, 'Coordinate or participate in promotional')).toBe(
      '(partly yours: you already use Coordination and collaboration)',
    );
    // Market research and analyzing, alike "Conduct market research analysis …": still yours.
    expect(await noteOn(data, from, to, 'Initiate market research studies')).toBe(
      '(likely yours: you already use Audience and market research; Analytics)',
    );
    // And path says the same: the trade shows are work the move takes on.
    const { stdout } = await runMain([...data, 'path', from, '--to', to]);
    expect(stdout).toContain(
      '     + Coordinate or participate in promotional activities or trade shows,\n',
    );
  });

  it('does not credit built-in roles with work they name a skill of in passing', async () => {
    // The analyst sets KPIs for "audience": that is not market research.
    expect(
      await noteOn(
        [],
        'e-commerce-analyst',
        'e-commerce-product-manager',
        'Conduct market research',
      ),
    ).toBe('(partly yours: you already use Audience and market research)');
    // Content that builds "customer connections" is not improving the customer experience end to end.
    expect(
      await noteOn(
        [],
        'social-media-specialist',
        'digital-marketing-manager',
        'Evaluate and improve the end-to-end customer experience',
      ),
    ).toBe('(partly yours: you already use Customer and user experience)');
    // Work compare pairs with yours stays yours: the specialist monitors metrics for content insights.
    expect(
      await noteOn(
        [],
        'social-media-specialist',
        'social-media-strategist',
        'Monitor and analyze metrics to recommend',
      ),
    ).toBe('(likely yours: you already use Analytics; Content creation)');
  });
});
