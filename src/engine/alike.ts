import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { genericSkills } from './generic-skills.js';
import {
  CONFIRMED_BY_WORDS,
  CONFIRMED_WITH_SKILLS,
  type Overlap,
  overlap,
  SIMILAR,
  SIMILAR_SKILLS,
  similarity,
} from './overlap.js';
import { similarityReadingSkills } from './skill-words.js';
import { skillById, skillSets } from './skills.js';

/**
 * How much sharing a skill says about two pieces of work: a practice that is
 * the work itself (analyzing, reporting, coordinating) counts twice as much
 * as a channel it is done in (SEO, email), a tool or a piece of knowledge.
 * "Monitor metrics for SEO" and "monitor metrics for paid search" are the
 * same work in two channels; "collaborate on social media campaigns" and
 * "measure social media campaigns" are two kinds of work in one.
 */
function weightOf(knowledgeBase: KnowledgeBase, id: string): number {
  const skill = skillById(knowledgeBase, id);
  return skill?.kind === 'practice' && !skill.channel ? 2 : 1;
}

/**
 * A skill that says what two pieces of work are: neither generic
 * (generic-skills.ts), so common its words are in any text, nor a channel,
 * which says where the work is done, not what it is.
 */
export function isSpecific(knowledgeBase: KnowledgeBase, id: string): boolean {
  return !genericSkills(knowledgeBase).has(id) && !skillById(knowledgeBase, id)?.channel;
}

/**
 * How alike two responsibilities of two roles are, by their indexes: 0 when
 * they are not the same work. Two that both name skills are alike by the
 * skills they share, weighted by what they say about the work (weightOf; a
 * weighted Dice coefficient: twice the weight shared over the weight of
 * both), from SIMILAR_SKILLS up, when their words agree too: from
 * CONFIRMED_BY_WORDS up, or from CONFIRMED_WITH_SKILLS up when they share
 * two skills or more, one of them specific: neither generic
 * (generic-skills.ts) nor a channel, which says where the work is done, not
 * what it is. The words of a specific shared skill count as one word, the
 * skill (skill-words.ts): "Identify and monitor key performance indicators
 * (KPIs) for SEM" and "Measure and report performance and return on
 * investment (ROI) for digital marketing" both report, in words of their
 * own. A generic skill's terms are in every other text ("data",
 * "analyze"), so they are no evidence. One shared skill is never enough
 * alone: a generic one says little ("Coordinate with developers …" and
 * "Coordinate … trade shows"), and a rare one is often a word met in
 * another trade ("experiments" of a biologist, "buff" for Buffer). Their
 * similarity is the mean of the two measures, so a pair resting on skills
 * and few words shows it, and the pairs most alike both ways are made
 * first. Where either names no skill, they are alike by their word forms,
 * as before skills existed, so a knowledge base without a taxonomy still
 * compares. compare and path pair by it, and the quiz's credit asks it
 * (covered.ts).
 */
export function alikeMeasure(
  knowledgeBase: KnowledgeBase,
  a: Role,
  b: Role,
): (i: number, j: number) => number {
  const skillsA = skillSets(knowledgeBase, a);
  const skillsB = skillSets(knowledgeBase, b);
  return (i, j) => {
    const x = skillsA[i] as Set<string>;
    const y = skillsB[j] as Set<string>;
    const textA = a.responsibilities[i] as string;
    const textB = b.responsibilities[j] as string;
    if (x.size === 0 || y.size === 0) {
      const value = similarity(textA, textB);
      return value >= SIMILAR ? value : 0;
    }
    let shared = 0;
    let both = 0;
    let count = 0;
    const specific = new Set<string>();
    for (const id of x) {
      const weight = weightOf(knowledgeBase, id);
      both += weight;
      if (y.has(id)) {
        shared += 2 * weight;
        count++;
        if (isSpecific(knowledgeBase, id)) specific.add(id);
      }
    }
    for (const id of y) both += weightOf(knowledgeBase, id);
    // In hundredths, as shown: the mean of 0.75 and 0.40 is 0.58, not 0.57 from 0.57499… in binary.
    const value = Math.round((100 * shared) / both);
    if (value < 100 * SIMILAR_SKILLS) return 0;
    const words = similarity(textA, textB);
    const agreed =
      specific.size > 0
        ? Math.max(words, similarityReadingSkills(knowledgeBase, textA, textB, specific))
        : words;
    // Two shared skills need fewer words, but words besides those skills: the skills are counted already.
    const confirmed =
      agreed >= CONFIRMED_BY_WORDS ||
      (count >= 2 && specific.size > 0 && words >= CONFIRMED_WITH_SKILLS);
    if (!confirmed) return 0;
    return Math.round((value + Math.round(100 * agreed)) / 2) / 100;
  };
}

/** Pairs the responsibilities of two roles that are the same work (alikeMeasure), most alike first. */
export function alikeResponsibilities(knowledgeBase: KnowledgeBase, a: Role, b: Role): Overlap {
  return overlap(a.responsibilities, b.responsibilities, alikeMeasure(knowledgeBase, a, b));
}
