import type { KnowledgeBase } from '../knowledge-base/model.js';
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
 * The skills that one role in ten or more names in its own words (a role's
 * `skills:` list names tools, not how common a practice is), counted once per
 * knowledge base: linear in its role skills. In a small knowledge base every
 * skill two roles can share is generic (2 of 12 roles is one in six), so
 * there the words always have their say.
 */
export const genericSkills = perKnowledgeBase((knowledgeBase: KnowledgeBase): Set<string> => {
  const roles = new Map<string, number>();
  for (const role of knowledgeBase.roles) {
    for (const entry of roleSkills(knowledgeBase, role)) {
      if (!entry.tagged) roles.set(entry.skill, (roles.get(entry.skill) ?? 0) + 1);
    }
  }
  const generic = new Set<string>();
  for (const [skill, count] of roles) {
    if (count >= GENERIC_SHARE * knowledgeBase.roles.length) generic.add(skill);
  }
  return generic;
});
