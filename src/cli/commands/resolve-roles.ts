import { resolveRole, suggestRoles } from '../../engine/resolve.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role } from '../../knowledge-base/schema.js';
import { unknownRole } from './unknown-role.js';

/** The role a person named, or the "did you mean" error that ends the command. */
export function roleNamed(knowledgeBase: KnowledgeBase, name: string): Role {
  const role = resolveRole(knowledgeBase, name);
  if (!role) throw unknownRole(name, suggestRoles(knowledgeBase, name));
  return role;
}
