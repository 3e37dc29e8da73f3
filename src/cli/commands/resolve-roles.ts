import { resolveRole, suggestRoles } from '../../engine/resolve.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role } from '../../knowledge-base/schema.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { unknownRole } from './unknown-role.js';

/** The role a person named, or the "did you mean" error that ends the command. */
export function roleNamed(knowledgeBase: KnowledgeBase, name: string): Role {
  // An empty name is a slip on the command line (an unset variable), not a role to look for.
  if (name.trim() === '')
    throw new CliError('a role name is empty: give a role id, title or alias', EXIT.usage);
  const role = resolveRole(knowledgeBase, name);
  if (!role) throw unknownRole(name, suggestRoles(knowledgeBase, name));
  return role;
}
