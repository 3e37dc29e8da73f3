import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { type Overlap, overlap, SIMILAR, SIMILAR_SKILLS, similarity } from './overlap.js';
import { roleSkills } from './skills.js';

const weights = new WeakMap<KnowledgeBase, Map<string, number>>();

/**
 * How much sharing a skill says, by how rare it is: "campaigns" are named
 * by a third of all responsibilities, "A/B tests" by one. The inverse of
 * how many responsibilities name it, on a log scale, worked out once per
 * knowledge base.
 */
function skillWeights(knowledgeBase: KnowledgeBase): Map<string, number> {
  let result = weights.get(knowledgeBase);
  if (!result) {
    const named = new Map<string, number>();
    let total = 0;
    for (const role of knowledgeBase.roles) {
      total += role.responsibilities.length;
      for (const entry of roleSkills(knowledgeBase, role))
        if (!entry.tagged)
          named.set(entry.skill, (named.get(entry.skill) ?? 0) + entry.responsibilities.length);
    }
    result = new Map([...named].map(([id, count]) => [id, Math.log(1 + total / count)]));
    weights.set(knowledgeBase, result);
  }
  return result;
}

/** The skills each responsibility's own text names (not those a tag adds). */
function namedSkills(knowledgeBase: KnowledgeBase, role: Role): Set<string>[] {
  const sets = role.responsibilities.map(() => new Set<string>());
  for (const entry of roleSkills(knowledgeBase, role)) {
    if (entry.tagged) continue;
    for (const index of entry.responsibilities) sets[index]?.add(entry.skill);
  }
  return sets;
}

/**
 * Pairs the responsibilities of two roles that are the same work. Two that
 * both name skills are alike by the skills they share, each weighted by its
 * rarity (a weighted Dice coefficient: twice the weight shared over the
 * weight of both); where either names none, by their word
 * forms, as before skills existed, so a knowledge base without a taxonomy
 * still compares.
 */
export function alikeResponsibilities(knowledgeBase: KnowledgeBase, a: Role, b: Role): Overlap {
  const w = skillWeights(knowledgeBase);
  const skillsA = namedSkills(knowledgeBase, a);
  const skillsB = namedSkills(knowledgeBase, b);
  return overlap(a.responsibilities, b.responsibilities, (i, j) => {
    const x = skillsA[i] as Set<string>;
    const y = skillsB[j] as Set<string>;
    if (x.size === 0 || y.size === 0) {
      const value = similarity(a.responsibilities[i] as string, b.responsibilities[j] as string);
      return value >= SIMILAR ? value : 0;
    }
    let shared = 0;
    let both = 0;
    for (const id of x) {
      const weight = w.get(id) ?? 1;
      both += weight;
      if (y.has(id)) shared += 2 * weight;
    }
    for (const id of y) both += w.get(id) ?? 1;
    const value = Math.round((100 * shared) / both) / 100;
    return value >= SIMILAR_SKILLS ? value : 0;
  });
}
