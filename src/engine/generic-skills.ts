import type { KnowledgeBase } from '../knowledge-base/model.js';
import { countRolesPerSkill } from '../knowledge-base/skill-index.js';
import { perKnowledgeBase } from './per-knowledge-base.js';
import { roleSkills } from './skills.js';

/**
 * A skill whose words one role in ten or more uses is generic: on O*NET,
 * reporting (61% of the occupations), analyzing (45%), coordinating (38%),
 * communicating, client work, forecasting, content and strategy (13%),
 * and below them a gap to product management (5%) and the marketing
 * practices (3% and less). Sharing such a skill says little about two pieces
 * of work: "Coordinate with developers to optimize Web site architecture"
 * and "Coordinate … trade shows" share only coordinating.
 */
export const GENERIC_SHARE = 0.1;

/**
 * A share means something only over enough roles: in a knowledge base of
 * fewer than 30, one in ten is fewer than three roles, and the two roles
 * that share a skill already make it "common". The built-in knowledge base
 * has 12 roles, and its taxonomy is written for their words: there a shared
 * skill's terms are evidence (alike.ts).
 */
export const GENERIC_MIN_ROLES = 30;

/**
 * The skills that one role in ten or more names in its own words, from the
 * counts the loader keeps (a knowledge base built by hand, as in a test, has
 * them counted here): linear in the role skills, once per knowledge base.
 * None in a knowledge base of fewer than GENERIC_MIN_ROLES roles.
 */
export const genericSkills = perKnowledgeBase((knowledgeBase: KnowledgeBase): Set<string> => {
  if (knowledgeBase.roles.length < GENERIC_MIN_ROLES) return new Set();
  const counts =
    knowledgeBase.rolesPerSkill ??
    countRolesPerSkill(
      Object.fromEntries(
        knowledgeBase.roles.map((role) => [role.id, roleSkills(knowledgeBase, role)]),
      ),
    );
  const generic = new Set<string>();
  for (const [skill, count] of Object.entries(counts)) {
    if (count >= GENERIC_SHARE * knowledgeBase.roles.length) generic.add(skill);
  }
  return generic;
});
