import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { roleById } from './graph.js';
import { comparableLevels, roleRank } from './levels.js';
import { findRoute, type Step, step } from './path.js';

export const MOVE_KINDS = ['promotion', 'lateral', 'step-down', 'other-ladder'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/**
 * What kind of move one role to another is, and how to get there: the
 * advice of every command that speaks of a move reads it, so `path` and
 * the quiz cannot disagree.
 */
export interface Move {
  from: Role;
  to: Role;
  /** By the levels' seniority: up, across or down. */
  kind: MoveKind;
  crossTrack: boolean;
  /** The route along advancement edges, or null when none leads there. */
  route: Step[] | null;
  /**
   * When there is no route: the nearest one, a direct move to a role that
   * has a route to the target, then that route; null when no role leads to
   * the target, or there is a route.
   */
  nearest: Step[] | null;
}

/**
 * The role to move to first when no route leads to the target: the first
 * of the nearest route, when that route goes on from it. The quiz's plan
 * works towards it, and its last step asks for that move.
 */
export function bridgeOf(move: Move): Role | undefined {
  return !move.route && move.nearest && move.nearest.length > 1 ? move.nearest[0]?.to : undefined;
}

/**
 * `onRoute`: advancement edges lead from one to the other. Between roles of
 * one level that is still a promotion: the edges say so where the levels
 * cannot (O*NET's specialist → manager needs the same job zone).
 */
export function moveKind(
  knowledgeBase: KnowledgeBase,
  from: Role,
  to: Role,
  onRoute = false,
): MoveKind {
  // Levels on two scales say nothing of up or down: the edges still do.
  if (!comparableLevels(knowledgeBase, from, to)) return onRoute ? 'promotion' : 'other-ladder';
  const up = roleRank(knowledgeBase, to) - roleRank(knowledgeBase, from);
  if (up === 0 && onRoute) return 'promotion';
  return up > 0 ? 'promotion' : up === 0 ? 'lateral' : 'step-down';
}

/**
 * The roles with a route to `target`, nearest first, each with the role it
 * moves to next on its shortest route there: one walk back over the edges,
 * linear in roles and edges.
 */
function rolesLeadingTo(knowledgeBase: KnowledgeBase, target: Role): Map<string, string> {
  const into = new Map<string, string[]>();
  for (const role of knowledgeBase.roles) {
    for (const next of role.advancesTo) {
      const list = into.get(next);
      if (list) list.push(role.id);
      else into.set(next, [role.id]);
    }
  }
  const towards = new Map<string, string>();
  const queue = [target.id];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    for (const previous of into.get(id) ?? []) {
      if (previous === target.id || towards.has(previous)) continue;
      towards.set(previous, id);
      queue.push(previous);
    }
  }
  return towards;
}

/**
 * The nearest route to a promotion when there is none: among the roles that
 * lead to the target and sit at your level, the one your current role
 * prepares you for best (the highest fit; the nearest to the target among
 * equals), reached by a lateral move, then its route. Never through a lower
 * level: a route to a promotion that starts with a step down is no advice.
 */
function nearestRoute(knowledgeBase: KnowledgeBase, from: Role, to: Role): Step[] | null {
  const here = roleRank(knowledgeBase, from);
  const towards = rolesLeadingTo(knowledgeBase, to);
  let best: Step | null = null;
  for (const id of towards.keys()) {
    const bridge = roleById(knowledgeBase, id);
    if (!bridge || bridge.id === from.id || roleRank(knowledgeBase, bridge) !== here) continue;
    const first = step(knowledgeBase, from, bridge);
    if (!best || first.fit > best.fit) best = first;
  }
  if (!best) return null;
  const steps = [best];
  for (let at = best.to; at.id !== to.id; ) {
    const next = roleById(knowledgeBase, towards.get(at.id) as string) as Role;
    steps.push(step(knowledgeBase, at, next));
    at = next;
  }
  return steps;
}

export function describeMove(knowledgeBase: KnowledgeBase, from: Role, to: Role): Move {
  const route = from.id === to.id ? null : (findRoute(knowledgeBase, from, to) ?? null);
  const kind = moveKind(knowledgeBase, from, to, route !== null);
  return {
    from,
    to,
    kind,
    crossTrack: from.track !== to.track,
    route,
    // A lateral move or a step down is made directly: only a promotion has a route to look for.
    nearest: route || kind !== 'promotion' ? null : nearestRoute(knowledgeBase, from, to),
  };
}
