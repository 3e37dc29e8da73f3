import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { alikeResponsibilities, isSpecific } from './alike.js';
import { roleSkills, skillSets } from './skills.js';

/**
 * The responsibilities of `to` that `from` already does in substance: every
 * skill their text names is one `from` uses, on as much evidence as compare
 * asks to call two pieces of work the same (alike.ts). One skill is never
 * enough alone, as it is not in compare: "Develop pricing strategies" is not
 * yours because your role plans a strategy for search, nor a trade show
 * because you coordinate with developers. So a responsibility is covered
 * when a responsibility of `from` is alike it, or when it names two skills
 * or more that `from` uses, one of them specific (neither generic nor a
 * channel). Alike as compare pairs them, each responsibility once: one
 * task of yours ("Participate in the development of online marketing
 * strategy") vouches for one of theirs, not for every strategy they plan.
 * Path counts them as carried over and the quiz ticks them, so the two say
 * the same, and neither says more than compare.
 */
export function coveredBy(knowledgeBase: KnowledgeBase, from: Role, to: Role): boolean[] {
  const used = new Set(roleSkills(knowledgeBase, from).map((entry) => entry.skill));
  let paired: Set<number> | undefined;
  return skillSets(knowledgeBase, to).map((skills, j) => {
    if (skills.size === 0 || ![...skills].every((skill) => used.has(skill))) return false;
    if (skills.size >= 2 && [...skills].some((skill) => isSpecific(knowledgeBase, skill))) {
      return true;
    }
    paired ??= new Set(alikeResponsibilities(knowledgeBase, from, to).shared.map((pair) => pair.b));
    return paired.has(j);
  });
}
