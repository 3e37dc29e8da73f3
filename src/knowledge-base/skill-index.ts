import { PhraseMatcher } from '../text/phrases.js';
import type { KnowledgeBase, RoleSkill } from './model.js';
import type { Role, Skill } from './schema.js';

const KIND_ORDER = { practice: 0, tool: 1, knowledge: 2 } as const;

/** Reads skills out of text through the taxonomy's terms. */
export function skillMatcher(skills: readonly Skill[]): PhraseMatcher<string> {
  return new PhraseMatcher(
    skills.flatMap((skill) => skill.terms.map((phrase) => ({ phrase, key: skill.id }))),
  );
}

/**
 * One role's skills: those its responsibilities name, those its data tags
 * (a tool is then carried by the responsibilities that need the practices
 * it serves), less those it says it does not use. Practices first, then
 * tools, then knowledge; within a kind, in the order the responsibilities
 * name them.
 */
export function skillsOfRole(
  role: Role,
  skills: ReadonlyMap<string, Skill>,
  matcher: PhraseMatcher<string>,
): RoleSkill[] {
  const found = new Map<string, RoleSkill>();
  for (const [index, text] of role.responsibilities.entries()) {
    for (const id of matcher.find(text)) {
      const entry = found.get(id) ?? { skill: id, responsibilities: [], tagged: false };
      entry.responsibilities.push(index);
      found.set(id, entry);
    }
  }
  for (const id of role.skills ?? []) {
    const skill = skills.get(id);
    if (!skill || found.has(id)) continue;
    const serves = new Set(skill.usedFor ?? []);
    const carriers = [...found.values()]
      .filter((entry) => serves.has(entry.skill))
      .flatMap((entry) => entry.responsibilities);
    found.set(id, {
      skill: id,
      responsibilities: [...new Set(carriers)].sort((a, b) => a - b),
      tagged: true,
    });
  }
  for (const id of role.withoutSkills ?? []) found.delete(id);
  const order = (entry: RoleSkill) => KIND_ORDER[(skills.get(entry.skill) as Skill).kind];
  return [...found.values()]
    .filter((entry) => skills.has(entry.skill))
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        (a.responsibilities[0] ?? Number.POSITIVE_INFINITY) -
          (b.responsibilities[0] ?? Number.POSITIVE_INFINITY),
    );
}

/** Every role's skills, by role id: linear in the text of the knowledge base. */
export function indexSkills(knowledgeBase: KnowledgeBase): Record<string, RoleSkill[]> {
  const skills = new Map(knowledgeBase.skills.map((skill) => [skill.id, skill]));
  const matcher = skillMatcher(knowledgeBase.skills);
  const index: Record<string, RoleSkill[]> = {};
  for (const role of knowledgeBase.roles) index[role.id] = skillsOfRole(role, skills, matcher);
  return index;
}

/**
 * How many roles name each skill in their own words (not only in their
 * `skills:` list, which names tools, not how common a practice is): linear
 * in the role skills.
 */
export function countRolesPerSkill(
  roleSkills: Readonly<Record<string, readonly RoleSkill[]>>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entries of Object.values(roleSkills)) {
    for (const entry of entries) {
      if (!entry.tagged) counts[entry.skill] = (counts[entry.skill] ?? 0) + 1;
    }
  }
  return counts;
}
