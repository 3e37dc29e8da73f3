import { terms } from '../text/terms.js';

/**
 * Each text's word forms, worked out once per run: `path` over a large
 * knowledge base compares every responsibility of a role with every one of
 * the next, and the forms are most of that cost.
 */
const wordSets = new Map<string, ReadonlySet<string>>();
function wordSet(text: string): ReadonlySet<string> {
  let found = wordSets.get(text);
  if (!found) {
    found = new Set(terms(text));
    wordSets.set(text, found);
  }
  return found;
}

/**
 * How alike two responsibilities are, from 0 to 1: the Dice coefficient of
 * their sets of compared word forms (see text/terms.ts), twice the words they
 * share over the words each has. "Monitor metrics to evaluate trends" and
 * "Monitor metrics to understand SEO performance" share "monitor" and
 * "metric" of 4 and 5 words: 2 × 2 / 9 = 0.44.
 */
export function similarity(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Two responsibilities close enough in words to count as the same work (when no skill says otherwise). */
export const SIMILAR = 0.4;

/** Two responsibilities close enough in the skills they name to count as the same work (see alike.ts). */
export const SIMILAR_SKILLS = 0.5;

/**
 * Two responsibilities that share skills are the same work only if their
 * words say so too, this much (see alike.ts): "Monitor and analyze
 * e-commerce metrics" and "Collect and analyze customer behavior metrics,
 * such as web traffic and search rankings" (0.29) are; "Coordinate with
 * developers to optimize Web site architecture …" and "Coordinate or
 * participate in promotional activities or trade shows …" (0.14) are not.
 */
export const CONFIRMED_BY_WORDS = 0.25;

/**
 * Two responsibilities that share two skills or more, one of them neither
 * generic nor a channel, need fewer words in common: "Conduct market research analysis to
 * identify search query trends, …" and "Initiate market research studies,
 * or analyze their findings" (market research and analyzing; 0.15).
 */
export const CONFIRMED_WITH_SKILLS = 0.1;

export interface Overlap {
  /** Pairs of indexes into the two lists, most alike first. */
  shared: { a: number; b: number; similarity: number }[];
  onlyA: number[];
  onlyB: number[];
}

/**
 * Pairs responsibilities of two roles that mean much the same: each is
 * paired at most once, the most alike pairs first. `alike` says how alike
 * two are, by their indexes, and 0 when they are not alike enough to pair;
 * by default, their words, from SIMILAR up. What is left unpaired on each
 * side is what only that role does.
 */
export function overlap(
  a: readonly string[],
  b: readonly string[],
  alike: (i: number, j: number) => number = (i, j) => {
    const value = similarity(a[i] as string, b[j] as string);
    return value >= SIMILAR ? value : 0;
  },
): Overlap {
  const candidates: { a: number; b: number; similarity: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const value = alike(i, j);
      if (value > 0) candidates.push({ a: i, b: j, similarity: value });
    }
  }
  candidates.sort((p, q) => q.similarity - p.similarity || p.a - q.a || p.b - q.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const shared: Overlap['shared'] = [];
  for (const pair of candidates) {
    if (usedA.has(pair.a) || usedB.has(pair.b)) continue;
    usedA.add(pair.a);
    usedB.add(pair.b);
    shared.push({ ...pair, similarity: Math.round(pair.similarity * 100) / 100 });
  }
  return {
    shared,
    onlyA: a.map((_, i) => i).filter((i) => !usedA.has(i)),
    onlyB: b.map((_, j) => j).filter((j) => !usedB.has(j)),
  };
}
