import type { KnowledgeBase } from '../knowledge-base/model.js';
import { skillMatcher } from '../knowledge-base/skill-index.js';
import type { PhraseMatcher } from '../text/phrases.js';
import { terms } from '../text/terms.js';
import { perKnowledgeBase } from './per-knowledge-base.js';

/**
 * Matchers of the terms of a few skills, by their ids, and the phrases each
 * finds in a text: a pair of responsibilities shares one to three specific
 * skills, and a matcher of those alone costs a fraction of one of the whole
 * taxonomy to build and to read with (`path A --to B` built that on every
 * run). The phrases of other skills never count here anyway.
 */
const matchers = perKnowledgeBase(
  () => new Map<string, { matcher: PhraseMatcher<string>; found: Map<string, Phrase[]> }>(),
);

type Phrase = { key: string; words: string[] };

function phrasesOf(
  knowledgeBase: KnowledgeBase,
  text: string,
  skills: ReadonlySet<string>,
): Phrase[] {
  const ids = [...skills].sort().join(' ');
  const byIds = matchers(knowledgeBase);
  let entry = byIds.get(ids);
  if (!entry) {
    const chosen = (knowledgeBase.skills ?? []).filter((skill) => skills.has(skill.id));
    entry = { matcher: skillMatcher(chosen), found: new Map() };
    byIds.set(ids, entry);
  }
  let phrases = entry.found.get(text);
  if (!phrases) {
    phrases = entry.matcher.findPhrases(text);
    entry.found.set(text, phrases);
  }
  return phrases;
}

/** A text's word forms, the words of these skills' terms read as one word per skill. */
function formsReading(
  knowledgeBase: KnowledgeBase,
  text: string,
  skills: ReadonlySet<string>,
): Set<string> {
  const forms = new Set(terms(text));
  const named = new Set<string>();
  for (const { key, words } of phrasesOf(knowledgeBase, text, skills)) {
    for (const word of words) forms.delete(word);
    named.add(key);
  }
  // A skill id holds no space, a word form none of its own: the two never meet.
  for (const key of named) forms.add(` ${key}`);
  return forms;
}

/**
 * How alike two texts' words are (the Dice coefficient of overlap.ts's
 * similarity) when each term of these skills counts as the skill it names:
 * "Identify and monitor key performance indicators (KPIs) for SEM" and
 * "Measure and report performance and return on investment (ROI) for
 * digital marketing" share one word of fifteen (0.13), and reporting in
 * six terms of theirs (0.25). Two texts that name a skill in words of their
 * own agree on it; two that share one word for it agree no more than before.
 */
export function similarityReadingSkills(
  knowledgeBase: KnowledgeBase,
  a: string,
  b: string,
  skills: ReadonlySet<string>,
): number {
  const x = formsReading(knowledgeBase, a, skills);
  const y = formsReading(knowledgeBase, b, skills);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return (2 * shared) / (x.size + y.size);
}
