import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { alikeResponsibilities } from './alike.js';
import { nextRoles, previousRoles, roleById } from './graph.js';
import { coveredBy, type SkillRef, skillOverlap, skillRef } from './skills.js';

/** One move from a role to another: what it asks that is new, and how well the old role prepares for it. */
export interface Step {
  from: Role;
  to: Role;
  /**
   * How well the current role prepares for the next, 0 to 100: the share of
   * the next role's skills the current one already uses; for roles with no
   * skills (a knowledge base without a taxonomy), the share of its
   * responsibilities that resemble one the current role has.
   */
  fit: number;
  /** What the fit was measured on. */
  basis: 'skills' | 'responsibilities';
  /** The next role's skills the current one does not use yet. */
  newSkills: SkillRef[];
  /**
   * The next role's responsibilities the current one has nothing like:
   * neither a responsibility alike (alike.ts) nor every skill it names.
   */
  gains: string[];
}

export function step(knowledgeBase: KnowledgeBase, from: Role, to: Role): Step {
  const skills = skillOverlap(knowledgeBase, from, to);
  const pairs = alikeResponsibilities(knowledgeBase, from, to);
  const covered = coveredBy(knowledgeBase, from, to);
  const needed = skills.shared.length + skills.onlyB.length;
  const fit =
    needed > 0
      ? skills.shared.length / needed
      : to.responsibilities.length === 0
        ? 0
        : pairs.shared.length / to.responsibilities.length;
  return {
    from,
    to,
    fit: Math.round(100 * fit),
    basis: needed > 0 ? 'skills' : 'responsibilities',
    newSkills: skills.onlyB.map((use) => skillRef(use.skill)),
    gains: pairs.onlyB.filter((j) => !covered[j]).map((j) => to.responsibilities[j] as string),
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
      step(
        knowledgeBase,
        roleById(knowledgeBase, ids[i] as string) as Role,
        roleById(knowledgeBase, id) as Role,
      ),
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
        step: step(knowledgeBase, role, next),
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
  return roles.flatMap((role) =>
    nextRoles(knowledgeBase, role).map((next) => step(knowledgeBase, role, next)),
  );
}
