import type { KnowledgeBase } from '../knowledge-base/model.js';
import { skillMatcher } from '../knowledge-base/skill-index.js';
import { terms } from '../text/terms.js';
import { perKnowledgeBase } from './per-knowledge-base.js';

const matchers = perKnowledgeBase((knowledgeBase) => skillMatcher(knowledgeBase.skills ?? []));

/** Each text's skill terms, with the words they take, found once per knowledge base. */
const found = perKnowledgeBase(() => new Map<string, { key: string; words: string[] }[]>());

function phrasesOf(knowledgeBase: KnowledgeBase, text: string) {
  const byText = found(knowledgeBase);
  let phrases = byText.get(text);
  if (!phrases) {
    phrases = matchers(knowledgeBase).findPhrases(text);
    byText.set(text, phrases);
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
  for (const { key, words } of phrasesOf(knowledgeBase, text)) {
    if (!skills.has(key)) continue;
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
