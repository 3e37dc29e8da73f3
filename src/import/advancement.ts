/**
 * Which related occupations an O*NET occupation advances to.
 *
 * O*NET says how much preparation an occupation needs (its job zone, 1 to
 * 5) and, for each occupation, its 20 most related ones, ranked (Index 1 to
 * 20) in three tiers: Primary-Short (1–5), Primary-Long (6–10) and
 * Supplemental (11–20). It says nothing of promotion as such: SOC's major
 * group 11 is management, and in the groups 33 to 53 the minor group 1
 * (`47-1011`, `41-1012`…) is first-line supervisors. From these the rule:
 *
 * - A is a step up to B when B needs at least A's preparation (job zone) and
 *   at least A's responsibility (staff, then first-line supervisor, then
 *   management), and more of one of them. Marketing specialist → marketing
 *   manager (both zone 4) is one; manager → a non-manager in a higher zone
 *   (health services manager → physician) is a change of career, not one.
 *   Both occupations need a job zone: without one nothing says which is higher.
 * - A's steps are its related occupations that are steps up, best related
 *   first: Primary-Short then Primary-Long, at most MAX_NEXT_STEPS. When
 *   those tiers give none, the best Supplemental one, alone.
 * - A management occupation that no step reaches after that is reached from
 *   its own most related occupation (its list, in its order, all tiers)
 *   that is a step up to it and has fewer than MAX_NEXT_STEPS steps.
 *
 * Along every edge the pair (zone, responsibility) rises and never falls,
 * so no chain of promotions loops back. Each occupation's list is read a
 * bounded number of times: linear in the size of Related Occupations.
 */

/** The most next steps an occupation gets: a short, best-first list, not every related occupation. */
export const MAX_NEXT_STEPS = 5;

export interface Relation {
  /** The related occupation's code. */
  code: string;
  /** "Primary-Short", "Primary-Long" or "Supplemental"; a release without tiers counts as Primary-Short. */
  tier: string;
  /** Its rank among the occupation's related ones (1 is the closest), or its place in the file. */
  index: number;
}

const TIER_ORDER: Record<string, number> = {
  'Primary-Short': 0,
  'Primary-Long': 1,
  Supplemental: 2,
};
const SUPPLEMENTAL = 2;

function tierOrder(tier: string): number {
  // An unknown tier is the least related, never taken for a primary one.
  return TIER_ORDER[tier] ?? SUPPLEMENTAL + 1;
}

/** 0 staff, 1 first-line supervisor, 2 management: from the SOC code. */
export function responsibility(code: string): number {
  if (code.startsWith('11-')) return 2;
  const major = Number(code.slice(0, 2));
  return major >= 33 && major <= 53 && code[3] === '1' ? 1 : 0;
}

function isStepUp(zones: ReadonlyMap<string, number>, from: string, to: string): boolean {
  const a = zones.get(from);
  const b = zones.get(to);
  if (a === undefined || b === undefined) return false;
  const ra = responsibility(from);
  const rb = responsibility(to);
  return b >= a && rb >= ra && (b > a || rb > ra);
}

function bestFirst(relations: readonly Relation[]): Relation[] {
  return [...relations].sort((x, y) => tierOrder(x.tier) - tierOrder(y.tier) || x.index - y.index);
}

/**
 * The advancement edges of the occupations `codes` (in their order), each
 * occupation's targets best related first; `related` and `zones` hold
 * only those occupations.
 */
export function advancementEdges(
  codes: readonly string[],
  related: ReadonlyMap<string, readonly Relation[]>,
  zones: ReadonlyMap<string, number>,
): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  const reached = new Set<string>();
  const add = (from: string, to: string) => {
    const list = edges.get(from) ?? [];
    if (list.includes(to)) return;
    list.push(to);
    edges.set(from, list);
    reached.add(to);
  };
  for (const code of codes) {
    const relations = bestFirst(related.get(code) ?? []);
    let supplemental: string | undefined;
    for (const { code: other, tier } of relations) {
      if ((edges.get(code)?.length ?? 0) >= MAX_NEXT_STEPS) break;
      if (other === code || !isStepUp(zones, code, other)) continue;
      if (tierOrder(tier) < SUPPLEMENTAL) add(code, other);
      else supplemental ??= other;
    }
    // The weaker tier only where the closer ones give no step: a dead end is worse advice than a looser tie.
    if (!edges.has(code) && supplemental !== undefined) add(code, supplemental);
  }
  // A management occupation is where careers lead: one that nothing reaches would read as a starting role.
  for (const code of codes) {
    if (responsibility(code) !== 2 || reached.has(code)) continue;
    for (const { code: other } of bestFirst(related.get(code) ?? [])) {
      if (other === code || !isStepUp(zones, other, code)) continue;
      if ((edges.get(other)?.length ?? 0) >= MAX_NEXT_STEPS) continue;
      add(other, code);
      break;
    }
  }
  return edges;
}
