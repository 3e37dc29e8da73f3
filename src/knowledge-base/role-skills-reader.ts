import type { KnowledgeBase, RoleSkill } from './model.js';
import type { Role } from './schema.js';

/** One role's skills, or undefined where the reader does not have them. */
export type RoleSkillsReader = (role: Role) => RoleSkill[] | undefined;

const readers = new WeakMap<KnowledgeBase, RoleSkillsReader>();

/**
 * A knowledge base read back from the cache can give one role's skills
 * without reading every role's (on an O*NET import, 240 KB of JSON): `show`,
 * `path` and `compare` need a role or two (see cache-layout.ts).
 */
export function setRoleSkillsReader(knowledgeBase: KnowledgeBase, reader: RoleSkillsReader): void {
  readers.set(knowledgeBase, reader);
}

export const roleSkillsReaderOf = (knowledgeBase: KnowledgeBase): RoleSkillsReader | undefined =>
  readers.get(knowledgeBase);
