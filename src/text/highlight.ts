import { foldAccents } from './fold.js';
import { term } from './terms.js';

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits a text into the runs of words whose compared form is among
 * `matched` and the rest, so a renderer can mark what a search found
 * ("A/B tests" is marked for the term "a/b" and "test").
 */
export function highlight(text: string, matched: readonly string[]): Segment[] {
  const wanted = new Set(matched);
  const segments: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)*/gu)) {
    const word = found[0];
    const isMatch = wanted.has(term(foldAccents(word).toLowerCase()));
    if (!isMatch) continue;
    const start = found.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: word, match: true });
    last = start + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
