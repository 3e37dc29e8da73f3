import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { nextRoles, previousRoles, roleById } from './graph.js';
import { overlap } from './overlap.js';

/** One move along an advancement edge: what it asks that is new, and how well the old role prepares for it. */
export interface Step {
  from: Role;
  to: Role;
  /**
   * The share of the next role's responsibilities, 0 to 100, that resemble
   * one the current role already has (see overlap.ts).
   */
  fit: number;
  /** The next role's responsibilities with nothing like them in the current one. */
  gains: string[];
}

export function step(from: Role, to: Role): Step {
  const result = overlap(from.responsibilities, to.responsibilities);
  const total = to.responsibilities.length;
  return {
    from,
    to,
    fit: total === 0 ? 0 : Math.round((100 * result.shared.length) / total),
    gains: result.onlyB.map((j) => to.responsibilities[j] as string),
  };
}

/**
 * The shortest route from one role to another along advancement edges
 * (breadth-first, so the fewest steps; among equally short routes, the one
 * through the edges listed first), or undefined when there is none.
 */
export function findRoute(knowledgeBase: KnowledgeBase, from: Role, to: Role): Step[] | undefined {
  const cameFrom = new Map<string, string>([[from.id, '']]);
  const queue = [from.id];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === to.id) break;
    for (const next of (roleById(knowledgeBase, id) as Role).advancesTo) {
      if (!cameFrom.has(next) && roleById(knowledgeBase, next)) {
        cameFrom.set(next, id);
        queue.push(next);
      }
    }
  }
  if (!cameFrom.has(to.id) || from.id === to.id) return undefined;
  const ids = [to.id];
  while (ids[0] !== from.id) ids.unshift(cameFrom.get(ids[0] as string) as string);
  return ids
    .slice(1)
    .map((id, i) =>
      step(roleById(knowledgeBase, ids[i] as string) as Role, roleById(knowledgeBase, id) as Role),
    );
}

export interface Tree {
  role: Role;
  next: { step: Step; tree: Tree }[];
}

/** Where a role leads, as a tree of steps. Edges never loop (the loader checks), but a role met twice is not expanded twice. */
export function advancementTree(
  knowledgeBase: KnowledgeBase,
  role: Role,
  seen = new Set<string>(),
): Tree {
  seen.add(role.id);
  return {
    role,
    next: nextRoles(knowledgeBase, role)
      .filter((next) => !seen.has(next.id))
      .map((next) => ({
        step: step(role, next),
        tree: advancementTree(knowledgeBase, next, new Set(seen)),
      })),
  };
}

/** The roles no other role leads to: where the whole graph's trees start. */
export function startingRoles(knowledgeBase: KnowledgeBase): Role[] {
  return knowledgeBase.roles.filter((role) => previousRoles(knowledgeBase, role).length === 0);
}

/** Every advancement edge, in the knowledge base's order. */
export function allSteps(
  knowledgeBase: KnowledgeBase,
  roles: readonly Role[] = knowledgeBase.roles,
): Step[] {
  return roles.flatMap((role) => nextRoles(knowledgeBase, role).map((next) => step(role, next)));
}
