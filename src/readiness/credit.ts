import { roleSkills, skillById } from '../engine/skills.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role, Skill } from '../knowledge-base/schema.js';

/** A responsibility of the target role, and the skills you already use that it needs. */
export interface Credit {
  /** Its number in the target's list, from 1, as answers files count. */
  number: number;
  text: string;
  /** The skills its text names that your current role already uses. */
  uses: Skill[];
  /** True when your role already uses every skill it names: likely work you do today. */
  covered: boolean;
}

/**
 * Credit for what you already do: for each responsibility of the target,
 * the skills it names that your current role already uses. One that needs
 * only skills you use is marked covered (pre-ticked in the interactive
 * checklist, noted in the template): you can tick it in good conscience
 * if you do that work today.
 */
export function creditFor(knowledgeBase: KnowledgeBase, from: Role, to: Role): Credit[] {
  const used = new Set(roleSkills(knowledgeBase, from).map((entry) => entry.skill));
  const named = to.responsibilities.map(() => [] as string[]);
  for (const entry of roleSkills(knowledgeBase, to)) {
    if (entry.tagged) continue;
    for (const index of entry.responsibilities) named[index]?.push(entry.skill);
  }
  return to.responsibilities.map((text, index) => {
    const ids = named[index] ?? [];
    const uses = ids
      .filter((id) => used.has(id))
      .map((id) => skillById(knowledgeBase, id) as Skill);
    return {
      number: index + 1,
      text,
      uses,
      covered: ids.length > 0 && uses.length === ids.length,
    };
  });
}
