import type { KnowledgeBase } from '../knowledge-base/model.js';
import { type Role, SKILL_KINDS, type Skill, type SkillKind } from '../knowledge-base/schema.js';
import { roleSkills, skillById } from './skills.js';

/** A skill of the taxonomy, and the ids of the roles that use it. */
export interface CatalogEntry {
  skill: Skill;
  roles: string[];
}

/**
 * The taxonomy for `career skills`: every skill, practices first, then tools,
 * then knowledge (as written within a kind), each with the roles that use
 * it. One pass over the roles' skills: linear in the knowledge base.
 */
export function skillCatalog(knowledgeBase: KnowledgeBase): CatalogEntry[] {
  const users = new Map<string, string[]>(knowledgeBase.skills.map((skill) => [skill.id, []]));
  for (const role of knowledgeBase.roles) {
    for (const entry of roleSkills(knowledgeBase, role)) users.get(entry.skill)?.push(role.id);
  }
  const rank = (kind: SkillKind) => SKILL_KINDS.indexOf(kind);
  return knowledgeBase.skills
    .map((skill, index) => ({ skill, index }))
    .sort((a, b) => rank(a.skill.kind) - rank(b.skill.kind) || a.index - b.index)
    .map(({ skill }) => ({ skill, roles: users.get(skill.id) ?? [] }));
}

/** One skill of a role, and why the role has it. */
export interface RoleSkillDetail {
  skill: Skill;
  /** The texts of the responsibilities that carry it: they name it, or need the practices a tool serves. */
  responsibilities: string[];
  /** The same responsibilities, by index from 0, as the role lists them. */
  indexes: number[];
  /** True when the role's data lists it ("skills:") rather than its responsibilities naming it. */
  listed: boolean;
  /** For a listed tool: the practices of this role it serves, which is why those responsibilities carry it. */
  serves: Skill[];
}

/** A role's skills in the order `roleSkills` gives (practices, tools, knowledge), spelled out. */
export function roleSkillDetails(knowledgeBase: KnowledgeBase, role: Role): RoleSkillDetail[] {
  const entries = roleSkills(knowledgeBase, role);
  const used = new Set(entries.map((entry) => entry.skill));
  return entries.flatMap((entry) => {
    const skill = skillById(knowledgeBase, entry.skill);
    if (!skill) return [];
    const serves = entry.tagged
      ? (skill.usedFor ?? [])
          .filter((id) => used.has(id))
          .flatMap((id) => skillById(knowledgeBase, id) ?? [])
      : [];
    return [
      {
        skill,
        responsibilities: entry.responsibilities.map((i) => role.responsibilities[i] as string),
        indexes: [...entry.responsibilities],
        listed: entry.tagged,
        serves,
      },
    ];
  });
}
