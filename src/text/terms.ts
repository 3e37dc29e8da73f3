import { foldAccents } from './fold.js';

/**
 * Words reduced to the form in which two texts are compared, shared by
 * search and by the overlap of responsibilities: lower case, British
 * spellings made American ("optimise" → "optimize"), and common endings cut
 * so that word forms meet ("optimization", "optimize", "optimizing" →
 * "optim"; "tests" → "test"). A light stemmer, not a full one: these texts
 * are short, and a heavier one merges words that should stay apart.
 */

const STOP_WORDS = new Set(
  'a an and are as at be been by for from has have how i in into is it its of on or our that the their them these this those to was were what when which who will with within you your'.split(
    ' ',
  ),
);

/** Words, keeping joined forms like "a/b" and "e-commerce" whole. */
export function tokenize(text: string): string[] {
  return (
    foldAccents(text)
      .toLowerCase()
      .match(/[a-z0-9]+(?:[/-][a-z0-9]+)*/g) ?? []
  );
}

const BRITISH: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|es|ed|ing|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s?)$/, 'or$1'],
];

// Longest first: the first ending that leaves a stem of three letters or more is cut.
const ENDINGS = [
  'izations',
  'ization',
  'ations',
  'ation',
  'ating',
  'ated',
  'ates',
  'ate',
  'ements',
  'ement',
  'ments',
  'ment',
  'izing',
  'izers',
  'izer',
  'ized',
  'izes',
  'ize',
  'yzing',
  'yzed',
  'yzes',
  'yze',
  'ings',
  'ing',
  'ities',
  'ity',
  'ers',
  'er',
  'ies',
  'ied',
  'ed',
  'es',
  'ly',
  's',
];

/**
 * The endings by their last letter, longest first in each: a word can only
 * end in those that end as it does, so most of the list is never tried
 * (this runs for every word a run meets, and few calls make V8 compile it
 * in the background, which the process waits for at exit).
 */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const ending of ENDINGS) {
  const last = ending.at(-1) as string;
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), ending]);
}

/** Whether a British spelling (BRITISH) may apply: each of its patterns holds one of these. */
const mayBeBritish = (word: string) =>
  word.includes('is') || word.includes('ys') || word.includes('our');

/**
 * Forms worked out so far: a search or a path over a large knowledge base
 * meets the same words thousands of times. Bounded by the words the run
 * reads, so linear in the knowledge base.
 */
const forms = new Map<string, string>();

/** The compared form of one word: "" for a stop word. */
export function term(word: string): string {
  let form = forms.get(word);
  if (form === undefined) {
    form = formOf(word);
    forms.set(word, form);
  }
  return form;
}

function formOf(word: string): string {
  if (STOP_WORDS.has(word)) return '';
  // "e-commerce" and "ecommerce" are one word written two ways.
  let w = word.replaceAll('-', '');
  if (w.length <= 3 || /[0-9/]/.test(w)) return w;
  if (mayBeBritish(w))
    for (const [pattern, replacement] of BRITISH) {
      if (
        pattern.test(w) &&
        !/^(rais|promis|advis|exercis|compris|surpris|advertis|premis|wis)/.test(w)
      ) {
        w = w.replace(pattern, replacement);
        break;
      }
    }
  for (const ending of ENDINGS_BY_LAST.get(w.at(-1) as string) ?? []) {
    if (w.endsWith(ending) && w.length - ending.length >= 3) {
      const stem = w.slice(0, -ending.length);
      // "ies" → "y": "strategies" and "strategy" meet at "strategy".
      if (ending === 'ies' || ending === 'ied') return `${stem}y`;
      // "analyze" and "analyzed" both meet at "analyz"; "advertise" and "advertising" at "advertis".
      return ending.startsWith('yz') ? `${stem}yz` : stem;
    }
  }
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * Texts' forms worked out so far, or read from the cache (rememberTerms):
 * `path`, `compare` and `search` compare the same responsibilities' words
 * over and over. Bounded by the texts a run reads.
 */
const textForms = new Map<string, readonly string[]>();

/** The compared forms of a text's words, stop words left out. */
export function terms(text: string): readonly string[] {
  let found = textForms.get(text);
  if (!found) {
    found = tokenize(text).map(term).filter(Boolean);
    textForms.set(text, found);
  }
  return found;
}

/**
 * A text's forms as terms() gave them when the cache entry was written by
 * this same build (its key names the build): a warm run then does not work
 * out the forms of the responsibilities it reads again.
 */
export function rememberTerms(text: string, forms: readonly string[]): void {
  if (!textForms.has(text)) textForms.set(text, forms);
}
