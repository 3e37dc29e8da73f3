import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';

const byId = new WeakMap<KnowledgeBase, Map<string, Role>>();

/** The role with this exact id (indexed once per knowledge base). */
export function roleById(knowledgeBase: KnowledgeBase, id: string): Role | undefined {
  let index = byId.get(knowledgeBase);
  if (!index) {
    index = new Map(knowledgeBase.roles.map((role) => [role.id, role]));
    byId.set(knowledgeBase, index);
  }
  return index.get(id);
}

/** The roles this role can advance to, in the order the knowledge base gives. */
export function nextRoles(knowledgeBase: KnowledgeBase, role: Role): Role[] {
  return role.advancesTo.flatMap((id) => roleById(knowledgeBase, id) ?? []);
}

/** The roles that advance to this one: the other direction of the same edges. */
export function previousRoles(knowledgeBase: KnowledgeBase, role: Role): Role[] {
  return knowledgeBase.roles.filter((other) => other.advancesTo.includes(role.id));
}
