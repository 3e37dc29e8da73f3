import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { alikeResponsibilities } from './alike.js';
import { coveredBy } from './covered.js';
import { nextRoles, previousRoles } from './graph.js';
import { roleRank } from './levels.js';
import { type SkillRef, skillOverlap, skillRef } from './skills.js';

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
  /**
   * A step up a cumulative track: the next level keeps every expectation of
   * this one, so `gains` is all the next role lists, what its level adds.
   */
  keeps: boolean;
}

export function step(knowledgeBase: KnowledgeBase, from: Role, to: Role): Step {
  const skills = skillOverlap(knowledgeBase, from, to);
  // Pairing every responsibility with every other is most of a step's cost (O*NET roles list
  // twenty or thirty), and a tree of steps shows only their fit: it is done when it is needed.
  let paired: ReturnType<typeof alikeResponsibilities> | undefined;
  const pairs = () => {
    paired ??= alikeResponsibilities(knowledgeBase, from, to);
    return paired;
  };
  const needed = skills.shared.length + skills.onlyB.length;
  const fit =
    needed > 0
      ? skills.shared.length / needed
      : to.responsibilities.length === 0
        ? 0
        : pairs().shared.length / to.responsibilities.length;
  const keeps =
    from.track === to.track &&
    knowledgeBase.tracks.find((t) => t.id === to.track)?.cumulative === true &&
    roleRank(knowledgeBase, to) > roleRank(knowledgeBase, from);
  const result: Omit<Step, 'gains'> = {
    from,
    to,
    fit: Math.round(100 * fit),
    basis: needed > 0 ? 'skills' : 'responsibilities',
    newSkills: skills.onlyB.map((use) => skillRef(use.skill)),
    keeps,
  };
  let gains: string[] | undefined;
  return Object.defineProperty(result, 'gains', {
    enumerable: true,
    get: () => {
      // Up a cumulative track each level lists what it adds: all of it is new, alike or not.
      if (!gains) {
        const covered = coveredBy(knowledgeBase, from, to);
        gains = keeps
          ? [...to.responsibilities]
          : pairs()
              .onlyB.filter((j) => !covered[j])
              .map((j) => to.responsibilities[j] as string);
      }
      return gains;
    },
  }) as Step;
}

/**
 * The shortest route from one role to another along advancement edges
 * (breadth-first, so the fewest steps; among equally short routes, the one
 * through the edges listed first), or undefined when there is none. Linear
 * in roles and edges: the queue is read by position, never shifted.
 */
export function findRoute(knowledgeBase: KnowledgeBase, from: Role, to: Role): Step[] | undefined {
  if (from.id === to.id) return undefined;
  const cameFrom = new Map<string, Role>();
  const queue: Role[] = [from];
  const queued = new Set([from.id]);
  for (let head = 0; head < queue.length && !queued.has(to.id); head++) {
    const role = queue[head] as Role;
    for (const next of nextRoles(knowledgeBase, role)) {
      if (queued.has(next.id)) continue;
      queued.add(next.id);
      cameFrom.set(next.id, role);
      queue.push(next);
    }
  }
  if (!queued.has(to.id)) return undefined;
  const roles = [to];
  for (let role = to; role.id !== from.id; ) {
    role = cameFrom.get(role.id) as Role;
    roles.push(role);
  }
  roles.reverse();
  return roles.slice(1).map((role, i) => step(knowledgeBase, roles[i] as Role, role));
}

/** Where a role leads: the steps out of it, each to the tree of where that role leads. */
export interface Tree {
  role: Role;
  next: { step: Step; tree: Tree }[];
  /**
   * The role was met earlier in the same walk and where it leads is drawn
   * there: this appearance is a reference, not expanded again. Set only on
   * roles that lead somewhere (a role that leads nowhere hides nothing).
   */
  shownAbove?: true;
}

/**
 * Where roles lead, as trees of steps, one per root, walked depth-first in
 * the knowledge base's order. A role met a second time (two roles that
 * both lead to it, or a root reached from an earlier root) is expanded only
 * the first time and is a reference after that, so the trees hold each
 * edge at most once: linear in roles and edges, however much of the graph
 * is shared. Iterative, so a chain of any length cannot overflow the call
 * stack. Edges never loop (the loader checks).
 */
export function advancementTrees(knowledgeBase: KnowledgeBase, roots: readonly Role[]): Tree[] {
  const expanded = new Set<string>();
  const trees: Tree[] = [];
  // Each entry: a role to place, and the step and parent tree that lead to it (none for a root).
  const stack: { role: Role; parent?: Tree; step?: Step }[] = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push({ role: roots[r] as Role });
  while (stack.length > 0) {
    const { role, parent, step: into } = stack.pop() as (typeof stack)[number];
    const tree: Tree = { role, next: [] };
    if (parent) parent.next.push({ step: into as Step, tree });
    else trees.push(tree);
    const next = nextRoles(knowledgeBase, role);
    if (expanded.has(role.id)) {
      if (next.length > 0) tree.shownAbove = true;
      continue;
    }
    expanded.add(role.id);
    // Pushed last to first, so that children are placed, and walked, in their listed order.
    for (let i = next.length - 1; i >= 0; i--) {
      const child = next[i] as Role;
      stack.push({ role: child, parent: tree, step: step(knowledgeBase, role, child) });
    }
  }
  return trees;
}

/** Where one role leads, as a tree of steps (see advancementTrees). */
export function advancementTree(knowledgeBase: KnowledgeBase, role: Role): Tree {
  return advancementTrees(knowledgeBase, [role])[0] as Tree;
}

/** The roles no other role leads to: where the whole graph's trees start. */
export function startingRoles(knowledgeBase: KnowledgeBase): Role[] {
  return knowledgeBase.roles.filter((role) => previousRoles(knowledgeBase, role).length === 0);
}

/** Every advancement edge out of these roles (by default all), in the knowledge base's order. */
export function allSteps(
  knowledgeBase: KnowledgeBase,
  roles: readonly Role[] = knowledgeBase.roles,
): Step[] {
  const steps: Step[] = [];
  for (const role of roles)
    for (const next of nextRoles(knowledgeBase, role)) steps.push(step(knowledgeBase, role, next));
  return steps;
}
