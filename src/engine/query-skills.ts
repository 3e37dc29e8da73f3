import type { KnowledgeBase, RoleSkill } from '../knowledge-base/model.js';
import type { Role, Skill } from '../knowledge-base/schema.js';
import { skillMatcher } from '../knowledge-base/skill-index.js';
import { PhraseMatcher, phraseKey } from '../text/phrases.js';
import { editDistance } from '../text/similarity.js';
import { term, tokenize } from '../text/terms.js';
import { RANKING } from './search-ranking.js';
import { roleSkills } from './skills.js';

/** A skill a query names, and the words of the query that name it (compared forms). */
export interface QuerySkill {
  skill: Skill;
  /** The phrases of the query that named it (a term, or its id or title), each as its compared word forms. */
  phrases: string[][];
}

export interface QueryReading {
  skills: QuerySkill[];
  /** The words of the query, as typed, that no skill covers: what is left for the full-text search. */
  rest: string[];
}

/** A role that uses a skill, and how (see knowledge-base/skill-index.ts). */
export interface SkillUser {
  role: Role;
  use: RoleSkill;
  /** All the role's skills, for weighing what a tagged tool serves. */
  all: readonly RoleSkill[];
}

interface Taxonomy {
  matcher: PhraseMatcher<string>;
  skills: Map<string, Skill>;
  /** A skill's id, title, and title without its examples in brackets, in compared form. */
  names: Map<string, string>;
  users?: Map<string, SkillUser[]>;
  singleWords?: Map<string, string>;
}

const taxonomies = new WeakMap<KnowledgeBase, Taxonomy>();

/** The skills' terms and names, read once per knowledge base: a few hundred phrases. */
function taxonomyOf(knowledgeBase: KnowledgeBase): Taxonomy {
  let taxonomy = taxonomies.get(knowledgeBase);
  if (!taxonomy) {
    const skills = knowledgeBase.skills ?? [];
    const names = new Map<string, string>();
    for (const skill of skills) {
      for (const name of [
        skill.id,
        skill.id.replaceAll('-', ' '),
        skill.title,
        skill.title.replace(/\s*\(.*\)\s*$/, ''),
      ]) {
        const key = phraseKey(name);
        if (key && !names.has(key)) names.set(key, skill.id);
      }
    }
    taxonomy = {
      matcher: skillMatcher(skills),
      skills: new Map(skills.map((skill) => [skill.id, skill])),
      names,
    };
    taxonomies.set(knowledgeBase, taxonomy);
  }
  return taxonomy;
}

/**
 * The skills a query names, through the same terms the loader reads
 * responsibilities with ("ppc", "Shopify", "KPIs"), or by a skill's id or
 * title given whole, or by a slip on one of its words that no role uses
 * (`known` says which words the roles use). Where phrases overlap, the
 * longest names the skill: "product strategy" is product management, not
 * also strategy; "Google Ads" is the ad platform, not also "ads". Costs the
 * length of the query times the few phrases that start with each of its
 * words.
 */
export function readQuery(
  knowledgeBase: KnowledgeBase,
  query: string,
  known: (form: string) => boolean = () => true,
): QueryReading {
  const taxonomy = taxonomyOf(knowledgeBase);
  const tokens = tokenize(query);
  const whole = phraseKey(query);
  const named = taxonomy.names.get(whole);
  const namedSkill = named ? taxonomy.skills.get(named) : undefined;
  if (namedSkill) return { skills: [{ skill: namedSkill, phrases: [whole.split(' ')] }], rest: [] };

  const found = taxonomy.matcher.findPhrases(query).sort((a, b) => b.words.length - a.words.length);
  const kept: typeof found = [];
  for (const phrase of found) {
    const within = kept.some((longer) => isRunOf(phrase.words, longer.words));
    if (!within) kept.push(phrase);
  }
  const bySkill = new Map<string, QuerySkill>();
  const covered = new Set<string>();
  for (const phrase of kept) {
    const skill = taxonomy.skills.get(phrase.key);
    if (!skill) continue;
    const entry = bySkill.get(skill.id) ?? { skill, phrases: [] };
    entry.phrases.push(phrase.words);
    bySkill.set(skill.id, entry);
    for (const word of phrase.words) covered.add(word);
  }
  const rest: string[] = [];
  for (const token of tokens) {
    const form = term(token);
    if (!form || covered.has(form)) continue;
    // A joined word ("SEO/SEM") is covered when each of its parts is.
    const parts = token.split('/').map(term).filter(Boolean);
    if (parts.length > 1 && parts.every((part) => covered.has(part))) continue;
    // A word the knowledge base never uses may be a slip on a skill's word: "analitycs", "shopfy".
    const near =
      form.length >= RANKING.fuzzyFrom && !known(form) ? nearestTerm(taxonomy, form) : undefined;
    const skill = near && taxonomy.skills.get(near.skill);
    if (near && skill) {
      const entry = bySkill.get(skill.id) ?? { skill, phrases: [] };
      entry.phrases.push([near.word]);
      bySkill.set(skill.id, entry);
    } else rest.push(token);
  }
  return { skills: [...bySkill.values()], rest };
}

/**
 * The one-word term nearest a word within a typo's reach, as the full-text
 * search forgives it (RANKING.fuzziness).
 */
function nearestTerm(
  taxonomy: Taxonomy,
  form: string,
): { word: string; skill: string } | undefined {
  const max = Math.max(1, Math.round(form.length * RANKING.fuzziness));
  let best: { word: string; skill: string; distance: number } | undefined;
  for (const [word, skill] of singleWords(taxonomy)) {
    if (word.length < RANKING.fuzzyFrom) continue;
    const distance = editDistance(form, word, max);
    if (distance <= max && (!best || distance < best.distance)) best = { word, skill, distance };
  }
  return best;
}

/** The taxonomy's one-word terms (compared form → skill id), for typos. */
function singleWords(taxonomy: Taxonomy): Map<string, string> {
  if (!taxonomy.singleWords) {
    taxonomy.singleWords = new Map();
    for (const skill of taxonomy.skills.values())
      for (const phrase of skill.terms) {
        const key = phraseKey(phrase);
        if (key && !key.includes(' ') && !taxonomy.singleWords.has(key))
          taxonomy.singleWords.set(key, skill.id);
      }
  }
  return taxonomy.singleWords;
}

/** True when `words` appear, in order and together, inside `longer` (and are shorter). */
function isRunOf(words: readonly string[], longer: readonly string[]): boolean {
  if (words.length >= longer.length) return false;
  for (let i = 0; i + words.length <= longer.length; i++)
    if (words.every((word, j) => longer[i + j] === word)) return true;
  return false;
}

/**
 * The roles that use a skill. The first skill asked about indexes every
 * role's skills once (linear in the knowledge base); later ones are looked up.
 */
export function skillUsers(knowledgeBase: KnowledgeBase, skillId: string): SkillUser[] {
  const taxonomy = taxonomyOf(knowledgeBase);
  if (!taxonomy.users) {
    const users = new Map<string, SkillUser[]>();
    for (const role of knowledgeBase.roles) {
      const all = roleSkills(knowledgeBase, role);
      for (const use of all) {
        const list = users.get(use.skill) ?? [];
        list.push({ role, use, all });
        users.set(use.skill, list);
      }
    }
    taxonomy.users = users;
  }
  return taxonomy.users.get(skillId) ?? [];
}

const termMatchers = new WeakMap<Skill, PhraseMatcher<string>>();

/** The words of a text that name the skill, in compared form, for marking them. */
export function namingWords(skill: Skill, text: string): string[] {
  let matcher = termMatchers.get(skill);
  if (!matcher) {
    matcher = new PhraseMatcher(skill.terms.map((phrase) => ({ phrase, key: skill.id })));
    termMatchers.set(skill, matcher);
  }
  return [...new Set(matcher.findPhrases(text).flatMap((phrase) => phrase.words))];
}
