import type { KnowledgeBase, RoleSkill } from '../knowledge-base/model.js';
import { roleSkillsReaderOf } from '../knowledge-base/role-skills-reader.js';
import type { Role, Skill } from '../knowledge-base/schema.js';
import { indexSkills, skillMatcher } from '../knowledge-base/skill-index.js';
import { perKnowledgeBase } from './per-knowledge-base.js';

const skillIndexes = perKnowledgeBase(
  (knowledgeBase) => new Map(knowledgeBase.skills.map((skill) => [skill.id, skill])),
);
const computed = perKnowledgeBase((knowledgeBase) =>
  indexSkills({ ...knowledgeBase, skills: knowledgeBase.skills ?? [] }),
);

/** The skill with this id (indexed once per knowledge base). */
export function skillById(knowledgeBase: KnowledgeBase, id: string): Skill | undefined {
  return skillIndexes(knowledgeBase).get(id);
}

/**
 * A role's skills, with the responsibilities that carry them. The loader
 * works them out (knowledge-base/skill-index.ts) and keeps them with the
 * knowledge base; one built by hand, as in a test, gets them worked out here.
 */
export function roleSkills(knowledgeBase: KnowledgeBase, role: Role): RoleSkill[] {
  const stored = roleSkillsReaderOf(knowledgeBase)?.(role) ?? knowledgeBase.roleSkills?.[role.id];
  if (stored) return stored;
  return computed(knowledgeBase)[role.id] ?? [];
}

/** A skill as the JSON outputs name it. */
export interface SkillRef {
  id: string;
  title: string;
  kind: Skill['kind'];
}

export const skillRef = (skill: Skill): SkillRef => ({
  id: skill.id,
  title: skill.title,
  kind: skill.kind,
});

/** A skill one or both roles use, with the texts of the responsibilities that carry it in each. */
export interface SkillUse {
  skill: Skill;
  /** The responsibilities of the first role that carry it (empty when only listed for the role). */
  a: string[];
  b: string[];
}

export interface SkillOverlap {
  shared: SkillUse[];
  onlyA: SkillUse[];
  onlyB: SkillUse[];
}

function uses(knowledgeBase: KnowledgeBase, role: Role): Map<string, string[]> {
  return new Map(
    roleSkills(knowledgeBase, role).map((entry) => [
      entry.skill,
      entry.responsibilities.map((i) => role.responsibilities[i] as string),
    ]),
  );
}

/**
 * The one measure of how two roles' work meets: the skills both use, and
 * those only one uses. compare, path and the quiz all read it, so they
 * cannot disagree.
 */
export function skillOverlap(knowledgeBase: KnowledgeBase, a: Role, b: Role): SkillOverlap {
  const ofA = uses(knowledgeBase, a);
  const ofB = uses(knowledgeBase, b);
  const use = (id: string): SkillUse => ({
    skill: skillById(knowledgeBase, id) as Skill,
    a: ofA.get(id) ?? [],
    b: ofB.get(id) ?? [],
  });
  return {
    shared: [...ofB.keys()].filter((id) => ofA.has(id)).map(use),
    onlyA: [...ofA.keys()].filter((id) => !ofB.has(id)).map(use),
    onlyB: [...ofB.keys()].filter((id) => !ofA.has(id)).map(use),
  };
}

/**
 * The skills each responsibility of a role names in its own words (not
 * those a tag adds), in the order its text names them: the first is what
 * the work is, mostly ("Forecast and monitor key account metrics").
 */
export function namedSkills(knowledgeBase: KnowledgeBase, role: Role): Skill[][] {
  let byRole = named.get(knowledgeBase);
  if (!byRole) {
    byRole = new Map();
    named.set(knowledgeBase, byRole);
  }
  let found = byRole.get(role.id);
  if (!found) {
    found = nameSkills(knowledgeBase, role);
    byRole.set(role.id, found);
  }
  return found;
}

/** Worked out once per role: `path` asks for every role of an edge. */
const named = new WeakMap<KnowledgeBase, Map<string, Skill[][]>>();

function nameSkills(knowledgeBase: KnowledgeBase, role: Role): Skill[][] {
  const lists = role.responsibilities.map(() => [] as Skill[]);
  for (const entry of roleSkills(knowledgeBase, role)) {
    if (entry.tagged) continue;
    const skill = skillById(knowledgeBase, entry.skill);
    if (!skill) continue;
    for (const index of entry.responsibilities) lists[index]?.push(skill);
  }
  const matcher = matchers(knowledgeBase);
  return lists.map((list, index) => {
    const order = matcher.find(role.responsibilities[index] as string);
    const at = (skill: Skill) => {
      const found = order.indexOf(skill.id);
      return found < 0 ? Number.POSITIVE_INFINITY : found;
    };
    return list.sort((a, b) => at(a) - at(b));
  });
}

const matchers = perKnowledgeBase((knowledgeBase) => skillMatcher(knowledgeBase.skills ?? []));

/**
 * The skill ids each responsibility's own text names (not those a tag
 * adds), in no order: what comparing two roles' work needs, without the
 * matching of words that ordering them by the text takes (`path` over
 * O*NET compares hundreds of roles).
 */
export function skillSets(knowledgeBase: KnowledgeBase, role: Role): Set<string>[] {
  const sets = role.responsibilities.map(() => new Set<string>());
  for (const entry of roleSkills(knowledgeBase, role)) {
    if (entry.tagged) continue;
    for (const index of entry.responsibilities) sets[index]?.add(entry.skill);
  }
  return sets;
}
