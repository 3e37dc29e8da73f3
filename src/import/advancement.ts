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
 * - An occupation without a job zone (in O*NET 27.0 the 77 "All Other"
 *   occupations and 16 military ones, which have no related occupations
 *   either) is placed by the occupations O*NET does describe in its SOC
 *   broad group (the code's first 6 characters: `11-9199.00` Managers, All
 *   Other, with `11-9199.01` Regulatory Affairs Managers…; `11-9179.00`
 *   with `11-9171.00` Funeral Home Managers): whoever steps up into the
 *   group from outside it steps up to it too. At most MAX_NEXT_STEPS of
 *   them, best first: those whose step into the group comes earliest among
 *   their own, the group's members taking turns (so that each kind of the
 *   occupation has its way in), then in the release's order; only those with
 *   fewer than MAX_NEXT_STEPS steps, the new step last. Where that gives it
 *   none, its minor group the same way (the first 4 characters: `43-9199.00`
 *   with `43-9061.00` Office Clerks, General…). A step into a group never
 *   falls in responsibility and the group shares it (it is read from the
 *   code's first 4 characters), so neither does one of these.
 *
 * Along every edge between occupations with a job zone the pair (zone,
 * responsibility) rises and never falls, and an occupation without one has
 * no steps of its own, so no chain of promotions loops back. Each
 * occupation's list is read a bounded number of times and each step is
 * looked at once per kind of group: linear in the size of Related
 * Occupations.
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
  reachUnrated(codes, zones, edges);
  return edges;
}

/** The SOC groups an occupation without a job zone is placed by, nearest first: broad (`11-919`), minor (`11-9`). */
const GROUP_LENGTHS = [6, 4];

/**
 * Gives each occupation of `codes` without a job zone the steps into it
 * that its SOC group has (the rule in this file's comment), adding them to
 * `edges`. Only edges into such occupations are added: no step between
 * occupations with a zone changes.
 */
function reachUnrated(
  codes: readonly string[],
  zones: ReadonlyMap<string, number>,
  edges: Map<string, string[]>,
): void {
  let waiting = codes.filter((code) => !zones.has(code));
  if (waiting.length === 0) return;
  // Who steps up to each occupation, and the place it gives that step among its own (0 is its first).
  // Read before any step is added here: a step borrowed is no evidence for another.
  const into = new Map<string, { from: string; place: number }[]>();
  for (const [from, targets] of edges)
    targets.forEach((to, place) => {
      push(into, to, { from, place });
    });
  const room = (code: string) => MAX_NEXT_STEPS - (edges.get(code)?.length ?? 0);
  const sources = new Map<string, number>();
  for (const length of GROUP_LENGTHS) {
    const groupOf = (code: string) => code.slice(0, length);
    const members = new Map<string, string[]>();
    for (const code of codes) push(members, groupOf(code), code);
    // The occupations still waiting, by group, the groups in the order of their first.
    const waitingIn = new Map<string, string[]>();
    for (const code of waiting) push(waitingIn, groupOf(code), code);
    for (const [group, unrated] of waitingIn) {
      // Who steps into the group from outside it, best first: by the place it gives that step (a
      // bounded number, so a bucket each), then the group's members taking turns, so that every
      // kind of the occupation has its way in, then in the file's order.
      const places = Array.from({ length: MAX_NEXT_STEPS }, () => new Map<string, string[]>());
      for (const member of members.get(group) ?? [])
        for (const { from, place } of into.get(member) ?? [])
          if (groupOf(from) !== group)
            push(
              places[Math.min(place, MAX_NEXT_STEPS - 1)] as Map<string, string[]>,
              member,
              from,
            );
      const ranked: string[] = [];
      for (const byMember of places) {
        let turn = 0;
        for (let lists = [...byMember.values()]; lists.length > 0; turn++) {
          for (const list of lists) ranked.push(list[turn] as string);
          lists = lists.filter((list) => list.length > turn + 1);
        }
      }
      // Each source steps to the waiting occupations in order while it has room, so an earlier one
      // never has fewer sources than a later one: those before `first` have all they may take.
      let first = 0;
      for (const from of new Set(ranked)) {
        for (let i = first; i < unrated.length && room(from) > 0; i++) {
          const to = unrated[i] as string;
          push(edges, from, to);
          const count = (sources.get(to) ?? 0) + 1;
          sources.set(to, count);
          if (count === MAX_NEXT_STEPS) first = i + 1;
        }
        if (first === unrated.length) break;
      }
    }
    // Only one that its broad group gives no source looks further: the nearer group is the better guess.
    waiting = waiting.filter((code) => !sources.has(code));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
