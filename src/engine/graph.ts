import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { perKnowledgeBase } from './per-knowledge-base.js';

const byId = perKnowledgeBase(
  (knowledgeBase) => new Map(knowledgeBase.roles.map((role) => [role.id, role])),
);

const reverse = perKnowledgeBase((knowledgeBase) => {
  const index = new Map<string, Role[]>();
  for (const other of knowledgeBase.roles) {
    // An edge listed twice counts once, as a filter over the roles would count it.
    for (const target of new Set(other.advancesTo)) {
      const list = index.get(target);
      if (list) list.push(other);
      else index.set(target, [other]);
    }
  }
  return index;
});

/** The role with this exact id (indexed once per knowledge base). */
export function roleById(knowledgeBase: KnowledgeBase, id: string): Role | undefined {
  return byId(knowledgeBase).get(id);
}

/** The roles this role can advance to, in the order the knowledge base gives. */
export function nextRoles(knowledgeBase: KnowledgeBase, role: Role): Role[] {
  return role.advancesTo.flatMap((id) => roleById(knowledgeBase, id) ?? []);
}

/**
 * The roles that advance to this one: the other direction of the same
 * edges, in the knowledge base's order. The reverse edges are indexed once
 * per knowledge base, in one pass over every edge, so asking for every
 * role's previous roles stays linear.
 */
export function previousRoles(knowledgeBase: KnowledgeBase, role: Role): Role[] {
  return [...(reverse(knowledgeBase).get(role.id) ?? [])];
}

/**
 * Every role reachable from `start` along advancement edges, itself first,
 * each once, in the order a depth-first walk meets them (children in the
 * order the knowledge base lists them). Iterative, so a chain of any length
 * cannot overflow the call stack, and linear in roles and edges.
 */
export function reachableRoles(knowledgeBase: KnowledgeBase, start: Role): Role[] {
  const seen = new Set<string>();
  const order: Role[] = [];
  const stack: Role[] = [start];
  while (stack.length > 0) {
    const role = stack.pop() as Role;
    if (seen.has(role.id)) continue;
    seen.add(role.id);
    order.push(role);
    const next = nextRoles(knowledgeBase, role);
    // Pushed last to first, so the first is walked first, as a recursive walk would.
    for (let i = next.length - 1; i >= 0; i--)
      if (!seen.has((next[i] as Role).id)) stack.push(next[i] as Role);
  }
  return order;
}
