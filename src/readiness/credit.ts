import { coveredBy } from '../engine/covered.js';
import { namedSkills, roleSkills } from '../engine/skills.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role, Skill } from '../knowledge-base/schema.js';

/** A responsibility of the target role, and the skills you already use that it needs. */
export interface Credit {
  /** Its number in the target's list, from 1, as answers files count. */
  number: number;
  text: string;
  /** The skills its text names, in the order it names them. */
  needs: Skill[];
  /** Those of them your current role already uses. */
  uses: Skill[];
  /** True when your role already uses every skill it names: likely work you do today. */
  covered: boolean;
}

/**
 * Credit for what you already do: for each responsibility of the target,
 * the skills it names that your current role already uses. One that needs
 * only skills you use, on enough evidence, is covered (the engine's coveredBy, which `path`
 * reads too): pre-ticked in the interactive checklist, noted in the
 * template, carried over in `path`.
 */
export function creditFor(knowledgeBase: KnowledgeBase, from: Role, to: Role): Credit[] {
  const used = new Set(roleSkills(knowledgeBase, from).map((entry) => entry.skill));
  const covered = coveredBy(knowledgeBase, from, to);
  const named = namedSkills(knowledgeBase, to);
  return to.responsibilities.map((text, index) => {
    const needs = named[index] ?? [];
    return {
      number: index + 1,
      text,
      needs,
      uses: needs.filter((skill) => used.has(skill.id)),
      covered: covered[index] ?? false,
    };
  });
}
