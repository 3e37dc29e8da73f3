import { term, tokenize } from './terms.js';

/**
 * A phrase in the form texts are compared in: its words' compared forms
 * (text/terms.ts), so "KPIs" meets "KPI", "analyse" meets "analyzed" and
 * "e-mail" meets "email". Stop words drop out on both sides.
 */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).map(term).filter(Boolean).join(' ');
}

/**
 * The word-form sequences of a text. "SEO/SEM" and "A/B" are one token to
 * the tokenizer; a phrase may name the whole ("A/B test") or a part
 * ("SEO"), so the text is read twice: as written, and with joined words
 * split.
 */
function sequences(text: string, form: (word: string) => string): string[][] {
  const tokens = tokenize(text);
  const whole = tokens.map(form).filter(Boolean);
  if (!tokens.some((t) => t.includes('/'))) return [whole];
  const split = tokens
    .flatMap((t) => t.split('/'))
    .map(form)
    .filter(Boolean);
  return [whole, split];
}

/**
 * Finds which of many phrases a text holds, word for word in their compared
 * forms. Phrases are grouped by their first word, so reading a text costs
 * its length times the few phrases that start with each of its words, not
 * the number of phrases.
 */
export class PhraseMatcher<K> {
  private readonly byFirst = new Map<string, { words: string[]; key: K }[]>();
  /** Each word's compared form, worked out once: a large knowledge base repeats its words. */
  private readonly forms = new Map<string, string>();
  private readonly form = (word: string): string => {
    let found = this.forms.get(word);
    if (found === undefined) {
      found = term(word);
      this.forms.set(word, found);
    }
    return found;
  };

  constructor(phrases: Iterable<{ phrase: string; key: K }>) {
    for (const { phrase, key } of phrases) {
      const words = phraseKey(phrase).split(' ').filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, key });
      this.byFirst.set(first, list);
    }
  }

  /**
   * The phrases the text holds, each once, with their words in compared
   * form: what a search needs to tell which words of a query a phrase
   * covers, and to mark them.
   */
  findPhrases(text: string): { key: K; words: string[] }[] {
    const found = new Set<{ words: string[]; key: K }>();
    for (const words of sequences(text, this.form)) {
      for (let i = 0; i < words.length; i++) {
        for (const candidate of this.byFirst.get(words[i] as string) ?? []) {
          if (candidate.words.every((word, j) => words[i + j] === word)) found.add(candidate);
        }
      }
    }
    return [...found];
  }

  /** The keys of the phrases the text holds, each once, in the order first met. */
  find(text: string): K[] {
    const found = new Set<K>();
    for (const words of sequences(text, this.form)) {
      for (let i = 0; i < words.length; i++) {
        for (const candidate of this.byFirst.get(words[i] as string) ?? []) {
          if (found.has(candidate.key)) continue;
          if (candidate.words.every((word, j) => words[i + j] === word)) found.add(candidate.key);
        }
      }
    }
    return [...found];
  }
}
