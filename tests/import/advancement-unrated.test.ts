import { describe, expect, it } from 'vitest';
import { advancementEdges, type Relation } from '../../src/import/advancement.js';

/** One Primary-Short relation list, closest first. */
const closest = (...codes: string[]): Relation[] =>
  codes.map((code, i) => ({ code, tier: 'Primary-Short', index: i + 1 }));

describe('advancementEdges: an occupation without a job zone', () => {
  it('takes five sources from outside its broad group: closest steps first, its kinds taking turns', () => {
    // Managers, All Other (no zone) beside two kinds of manager; staff in zone 3 step up to them.
    const zones = new Map<string, number>([
      ['11-9199.01', 4],
      ['11-9199.02', 4],
      ['11-9111.00', 4],
    ]);
    const related = new Map<string, Relation[]>();
    const toFirst = ['13-1041.01', '13-1041.03', '13-1041.04', '13-1041.06'];
    const toSecond = ['13-1075.00', '13-2061.00'];
    for (const code of toFirst) related.set(code, closest('11-9199.01'));
    for (const code of toSecond) related.set(code, closest('11-9199.02'));
    // Its step into the group comes second among its own.
    related.set('13-1041.07', closest('11-9111.00', '11-9199.02'));
    // Steps into the minor group (11-9) only: the broad group already gives sources.
    related.set('29-1141.00', closest('11-9111.00'));
    const codes = [
      '11-9199.00',
      '11-9199.01',
      '11-9199.02',
      '11-9111.00',
      ...toFirst,
      // Before those of its place, as in the release's order of codes.
      '13-1041.07',
      ...toSecond,
      '29-1141.00',
    ];
    for (const code of codes) if (!zones.has(code)) zones.set(code, 3);
    zones.delete('11-9199.00');

    const edges = advancementEdges(codes, related, zones);
    const sources = codes.filter((code) => edges.get(code)?.includes('11-9199.00'));
    expect(sources.sort()).toEqual(
      ['13-1041.01', '13-1075.00', '13-1041.03', '13-2061.00', '13-1041.04'].sort(),
    );
    // Its own steps stay first; the guess comes last.
    expect(edges.get('13-1041.01')).toEqual(['11-9199.01', '11-9199.00']);
    expect(edges.get('13-1041.07')).toEqual(['11-9111.00', '11-9199.02']);
    expect(edges.get('29-1141.00')).toEqual(['11-9111.00']);
    expect(edges.get('11-9199.00')).toBeUndefined();
  });

  it('gets none where nobody steps into its SOC group', () => {
    const zones = new Map([
      ['13-1161.00', 4],
      ['11-2021.00', 4],
    ]);
    const related = new Map([['13-1161.00', closest('11-2021.00')]]);
    const edges = advancementEdges(['11-9199.00', '13-1161.00', '11-2021.00'], related, zones);
    expect([...edges]).toEqual([['13-1161.00', ['11-2021.00']]]);
  });
});
