import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advancementEdges,
  MAX_NEXT_STEPS,
  type Relation,
  responsibility,
} from '../../src/import/advancement.js';

/** Codes from staff (13-, 15-), supervisor (41-1…) and management (11-) groups; some share a SOC group. */
const CODES = [
  '11-1011.00',
  '11-2021.00',
  '11-2022.00',
  '11-3021.00',
  '13-1161.01',
  '13-1199.00',
  '13-1199.06',
  '15-1254.00',
  '15-1255.00',
  '41-1011.00',
  '41-2031.00',
  '41-9041.00',
];
const TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'];

/** Any job zones (some missing) and any related lists among CODES. */
const release = fc.record({
  zones: fc.array(fc.option(fc.integer({ min: 1, max: 5 })), {
    minLength: CODES.length,
    maxLength: CODES.length,
  }),
  related: fc.array(
    fc.array(
      fc.record({
        code: fc.constantFrom(...CODES),
        tier: fc.constantFrom(...TIERS),
        index: fc.integer({ min: 1, max: 20 }),
      }),
      { maxLength: 20 },
    ),
    { minLength: CODES.length, maxLength: CODES.length },
  ),
});

describe('advancementEdges, on any release', () => {
  it('never steps down in job zone or responsibility, never loops, keeps the cap', () => {
    fc.assert(
      fc.property(release, ({ zones: zoneList, related: relatedList }) => {
        const zones = new Map<string, number>();
        const related = new Map<string, Relation[]>();
        CODES.forEach((code, i) => {
          const zone = zoneList[i];
          if (zone !== null && zone !== undefined) zones.set(code, zone);
          related.set(code, relatedList[i] ?? []);
        });
        const edges = advancementEdges(CODES, related, zones);
        for (const [from, targets] of edges) {
          expect(targets.length).toBeLessThanOrEqual(MAX_NEXT_STEPS);
          expect(new Set(targets).size).toBe(targets.length);
          // Zone and responsibility never fall and one rises on every edge: no chain of steps loops back.
          for (const to of targets) {
            if (!zones.has(to)) {
              // Into an occupation without a job zone, which has no steps of its own: only from one
              // that steps into its SOC group (broad, or minor) from outside it.
              expect(edges.get(to) ?? []).toEqual([]);
              expect(responsibility(to)).toBeGreaterThanOrEqual(responsibility(from));
              const group = [6, 4].find(
                (n) =>
                  from.slice(0, n) !== to.slice(0, n) &&
                  targets.some((t) => t.slice(0, n) === to.slice(0, n) && zones.has(t)),
              );
              expect(group).toBeDefined();
              continue;
            }
            // Only to an occupation it is related to, in either direction.
            const linked =
              related.get(from)?.some((r) => r.code === to) ||
              related.get(to)?.some((r) => r.code === from);
            expect(linked).toBe(true);
            expect(zones.get(to)).toBeGreaterThanOrEqual(zones.get(from) as number);
            expect(responsibility(to)).toBeGreaterThanOrEqual(responsibility(from));
            expect(
              (zones.get(to) as number) > (zones.get(from) as number) ||
                responsibility(to) > responsibility(from),
            ).toBe(true);
          }
        }
        // An occupation without a zone has at most five sources, and only the cap leaves it with
        // none when someone steps into its broad group from outside it.
        for (const code of CODES) {
          if (zones.has(code)) continue;
          const sources = [...edges].filter(([, targets]) => targets.includes(code));
          expect(sources.length).toBeLessThanOrEqual(MAX_NEXT_STEPS);
          if (sources.length > 0) continue;
          for (const [from, targets] of edges)
            if (
              from.slice(0, 6) !== code.slice(0, 6) &&
              targets.some((t) => t.slice(0, 6) === code.slice(0, 6))
            )
              expect(targets.length).toBe(MAX_NEXT_STEPS);
        }
        // A management occupation with a zone that steps up from one of its related ones is reached.
        for (const code of CODES) {
          if (responsibility(code) !== 2 || !zones.has(code)) continue;
          const reached = [...edges.values()].some((targets) => targets.includes(code));
          const from = (related.get(code) ?? []).filter(
            (r) =>
              r.code !== code &&
              zones.has(r.code) &&
              (zones.get(r.code) as number) <= (zones.get(code) as number) &&
              (responsibility(r.code) < 2 ||
                (zones.get(r.code) as number) < (zones.get(code) as number)),
          );
          // Only the cap can stop it: every candidate already has its five steps.
          if (!reached)
            for (const r of from) expect(edges.get(r.code)?.length).toBe(MAX_NEXT_STEPS);
        }
      }),
      { numRuns: 300 },
    );
  });
});
