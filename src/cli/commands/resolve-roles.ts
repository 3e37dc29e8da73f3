import { levelTitle } from '../../engine/levels.js';
import { matchRoles, suggestRoles } from '../../engine/resolve.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role } from '../../knowledge-base/schema.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { unknownRole } from './unknown-role.js';

/** A role as a person tells it from others of the same name: id, title, track and level. */
export function roleLine(knowledgeBase: KnowledgeBase, role: Role): string {
  const track = knowledgeBase.tracks.find((t) => t.id === role.track)?.title ?? role.track;
  return `${role.id}  ${role.title} (${track} · ${levelTitle(knowledgeBase, role)})`;
}

/** The error for a name several roles answer to: it lists them, to be named by id. */
export function ambiguousRole(
  knowledgeBase: KnowledgeBase,
  name: string,
  roles: readonly Role[],
): CliError {
  return new CliError(
    `"${name}" names ${roles.length} roles; say which by its id:\n${roles.map((role) => `  ${roleLine(knowledgeBase, role)}`).join('\n')}`,
    EXIT.notFound,
  );
}

/** The role a person named, or the error that ends the command: none ("did you mean") or several (which). */
export function roleNamed(knowledgeBase: KnowledgeBase, name: string): Role {
  // An empty name is a slip on the command line (an unset variable), not a role to look for.
  if (name.trim() === '')
    throw new CliError('a role name is empty: give a role id, title or alias', EXIT.usage);
  const roles = matchRoles(knowledgeBase, name);
  if (roles.length === 0) throw unknownRole(name, suggestRoles(knowledgeBase, name));
  if (roles.length > 1) throw ambiguousRole(knowledgeBase, name, roles);
  return roles[0] as Role;
}
