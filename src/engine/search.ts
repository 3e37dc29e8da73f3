import { deserialize, serialize } from 'node:v8';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { foldAccents } from '../text/fold.js';
import { term, terms, tokenize } from '../text/terms.js';
import { roleById } from './graph.js';
import { decodeTree, encodeTree } from './lazy-tree.js';
import {
  namingWords,
  type QuerySkill,
  readQuery,
  type SkillUser,
  skillUsers,
} from './query-skills.js';
import { RANKING } from './search-ranking.js';
import { type SkillRef, skillRef } from './skills.js';

export type SearchField = 'skill' | 'title' | 'aliases' | 'summary' | 'responsibility';

export interface SearchMatch {
  field: SearchField;
  /** The text that matched: a responsibility, the summary, the title or one alias; for a skill, its title. */
  text: string;
  /** The compared word forms it matched on, for highlighting (for a skill: in its responsibilities). */
  terms: string[];
  /** For a skill: the skill the query named. */
  skill?: SkillRef;
  /** For a skill: the role's responsibilities that carry it, those in the query's own words first. */
  responsibilities?: string[];
  /** For a skill: true when the role's data lists it (a tool, mostly) rather than its responsibilities naming it. */
  tagged?: boolean;
}

export interface SearchHit {
  role: Role;
  score: number;
  /** For a query of two words or more, the texts holding them all first; then title, skills (strongest first), aliases, responsibilities, summary. */
  matches: SearchMatch[];
}

interface Document {
  id: string;
  title: string;
  aliases: string;
  summary: string;
  responsibility: string;
}

const FIELDS = ['title', 'aliases', 'summary', 'responsibility'] as const;
type TextField = (typeof FIELDS)[number];
const OPTIONS = {
  fields: [...FIELDS],
  tokenize,
  processTerm: (word: string) => term(word) || null,
};
const indexes = new WeakMap<KnowledgeBase, MiniSearch<Document>>();
const savedIndexes = new WeakMap<KnowledgeBase, () => void>();

/**
 * How to get a saved index (by useSearchIndexBytes), called only when a
 * search needs the full text: a query its skills cover whole ("pay per
 * click", "shopify") never reads it, which on an O*NET import is most of
 * the search's time.
 */
export function whenSearchIndexNeeded(knowledgeBase: KnowledgeBase, restore: () => void): void {
  savedIndexes.set(knowledgeBase, restore);
}

/** True once a search has needed, built or restored the full-text index. */
export function hasSearchIndex(knowledgeBase: KnowledgeBase): boolean {
  return indexes.has(knowledgeBase);
}

/**
 * The full-text index: one document per role, its responsibilities one
 * field, so the index stays small enough to save and load quickly (an
 * O*NET import has 19,000 responsibilities); which responsibility matched
 * is worked out afterwards, for the roles found. Words are compared in the
 * form text/terms.ts gives them, so "optimise" finds "optimization" and
 * "A/B test" finds "A/B tests".
 */
function indexOf(knowledgeBase: KnowledgeBase): MiniSearch<Document> {
  let index = indexes.get(knowledgeBase);
  const restore = index ? undefined : savedIndexes.get(knowledgeBase);
  if (restore) {
    savedIndexes.delete(knowledgeBase);
    restore();
    index = indexes.get(knowledgeBase);
  }
  if (!index) {
    index = new MiniSearch<Document>(OPTIONS);
    index.addAll(
      knowledgeBase.roles.map((role) => ({
        id: role.id,
        title: role.title,
        aliases: role.aliases.join('\n'),
        summary: role.summary,
        responsibility: role.responsibilities.join('\n'),
      })),
    );
    indexes.set(knowledgeBase, index);
  }
  return index;
}

/**
 * The fields of a MiniSearch index that hold its data, by minisearch 7's
 * own names. Saving them with V8's serializer and restoring them is three
 * times faster than minisearch's JSON round trip (measured on an O*NET
 * import: 80 ms against 225 ms), which is most of a search on a large
 * knowledge base. They are internals: the saved form is named by the
 * bundled minisearch version, a restore that finds anything unexpected
 * gives up (the index is then built), and a test checks that a restored
 * index answers exactly as a fresh one.
 */
const DATA_FIELDS = [
  '_documentCount',
  '_documentIds',
  '_idToShortId',
  '_fieldIds',
  '_fieldLength',
  '_avgFieldLength',
  '_nextId',
  '_storedFields',
  '_dirtCount',
] as const;

type Internals = Record<string, unknown> & { _index?: { _tree?: unknown; _size?: unknown } };

/**
 * The index in a form to keep beside a cached knowledge base: its small
 * fields with V8's serializer, then its term tree as lazy-tree.ts writes it,
 * read a node at a time.
 */
export function searchIndexBytes(knowledgeBase: KnowledgeBase): Buffer {
  const index = indexOf(knowledgeBase) as unknown as Internals;
  const fields = serialize(Object.fromEntries(DATA_FIELDS.map((field) => [field, index[field]])));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(fields.length, 0);
  return Buffer.concat([length, fields, encodeTree(index._index?._tree as Map<string, unknown>)]);
}

/**
 * Whether saved index data indexes exactly this knowledge base's roles, in
 * its order, over the fields this program indexes, with each part of the
 * type minisearch expects. Linear in the number of roles, far less than the
 * index itself: it catches an index of another knowledge base, or one
 * damaged or forged under a valid checksum, before minisearch trips on it.
 */
function indexesRoles(knowledgeBase: KnowledgeBase, data: Record<string, unknown>): boolean {
  const { roles } = knowledgeBase;
  const ids = data._documentIds;
  const shortIds = data._idToShortId;
  const fieldIds = data._fieldIds as Record<string, unknown> | null;
  if (
    !(ids instanceof Map) ||
    !(shortIds instanceof Map) ||
    !(data._fieldLength instanceof Map) ||
    !(data._storedFields instanceof Map) ||
    !Array.isArray(data._avgFieldLength) ||
    data._avgFieldLength.length !== FIELDS.length ||
    data._documentCount !== roles.length ||
    typeof data._nextId !== 'number' ||
    data._dirtCount !== 0 ||
    ids.size !== roles.length ||
    shortIds.size !== roles.length ||
    typeof fieldIds !== 'object' ||
    fieldIds === null ||
    FIELDS.some((field, i) => fieldIds[field] !== i)
  )
    return false;
  let i = 0;
  for (const [shortId, id] of ids) {
    if (id !== roles[i]?.id || shortIds.get(id) !== shortId) return false;
    const lengths = data._fieldLength.get(shortId);
    if (!Array.isArray(lengths) || lengths.length !== FIELDS.length) return false;
    i++;
  }
  return true;
}

/** Forgets the index in use for a knowledge base (one restored that proved wrong): the next search builds it. */
export function forgetSearchIndex(knowledgeBase: KnowledgeBase): void {
  indexes.delete(knowledgeBase);
}

/** Uses an index saved by searchIndexBytes for this same knowledge base; false if it cannot be used. */
export function useSearchIndexBytes(knowledgeBase: KnowledgeBase, bytes: Buffer): boolean {
  try {
    const length = bytes.readUInt32LE(0);
    const data = deserialize(bytes.subarray(4, 4 + length)) as Record<string, unknown>;
    data.tree = decodeTree(bytes.subarray(4 + length));
    const index = new MiniSearch<Document>(OPTIONS);
    const internals = index as unknown as Internals;
    if (!(data.tree instanceof Map) || !(internals._index?._tree instanceof Map)) return false;
    if (!indexesRoles(knowledgeBase, data)) return false;
    for (const field of DATA_FIELDS) {
      if (!(field in internals) || !(field in data)) return false;
      internals[field] = data[field];
    }
    internals._index._tree = data.tree;
    internals._index._size = undefined;
    indexes.set(knowledgeBase, index);
    return true;
  } catch {
    return false;
  }
}

/** A text as word forms see it: lower case, no hyphens, no accents. */
function normalizeForMatch(text: string): string {
  return foldAccents(text).toLowerCase().replaceAll('-', '');
}

/**
 * Texts as normalizeForMatch gives them, index for index, worked out in
 * one call: an O*NET role has up to 200 aliases, and a call per text was
 * most of weighing a phrase.
 */
function normalizeAll(texts: readonly string[]): string[] {
  if (texts.length < 2 || texts.some((text) => text.includes('\n')))
    return texts.map(normalizeForMatch);
  return normalizeForMatch(texts.join('\n')).split('\n');
}

/** The texts of a field that hold any of the matched word forms, those with the most first. */
function matchingTexts(role: Role, field: TextField, matched: readonly string[]): string[] {
  const texts =
    field === 'title'
      ? [role.title]
      : field === 'summary'
        ? [role.summary]
        : field === 'aliases'
          ? role.aliases
          : role.responsibilities;
  // A word form begins with the first letters of its word (terms.ts changes only endings, hyphens and
  // accents), so a text without them cannot match, and is not broken into words: a large
  // role has dozens of aliases.
  const heads = matched.map((t) => t.slice(0, 3));
  const plain = normalizeAll(texts);
  return texts
    .filter((_, index) => heads.some((head) => (plain[index] as string).includes(head)))
    .map((text) => ({ text, count: new Set(terms(text).filter((t) => matched.includes(t))).size }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((t) => t.text);
}

interface Found {
  role: Role;
  score: number;
  skills: { match: () => SearchMatch; score: number }[];
  /** The skills the query names that the role uses, weighed when the role may be shown. */
  uses: { user: SkillUser; asked: QuerySkill }[];
  /** The full-text result, if the text matched too, and its share of the score. */
  text?: SearchResult;
  textScore: number;
  /** What the role's score is at least and at most, until it is weighed. */
  low: number;
  high: number;
}

/** A role whose title names the skill is about it ("SEO specialist", "Market Research Analysts"). */
const titleWeight = ({ role }: SkillUser, asked: QuerySkill) =>
  namingWords(asked.skill, role.title).length > 0
    ? RANKING.title * weightOf(wordsAsTyped(asked.phrases, role.title))
    : 0;

/**
 * What skillEvidence can give, at least and at most, without reading the
 * role's responsibilities: its title's share, and each responsibility that
 * carries the skill counted as naming it otherwise (the least) or in the
 * query's own words (the most); a tool, what it serves counted as nothing
 * or as all the role's work.
 */
function skillBounds(user: SkillUser, asked: QuerySkill): { low: number; high: number } {
  const inTitle = titleWeight(user, asked);
  if (user.use.tagged)
    return { low: inTitle + RANKING.tagged, high: inTitle + RANKING.tagged + RANKING.taggedServes };
  const decayed = (1 - RANKING.decay ** user.use.responsibilities.length) / (1 - RANKING.decay);
  return { low: inTitle + RANKING.named * decayed, high: inTitle + RANKING.exact * decayed };
}

/**
 * What one skill the query names adds to one role that uses it, and the
 * match that says so, worked out only for the roles kept (a skill such as
 * analytics has hundreds of users in an O*NET import).
 */
function skillEvidence(
  user: SkillUser,
  asked: QuerySkill,
): { match: () => SearchMatch; score: number } {
  const { role, use, all } = user;
  const skill = asked.skill;
  const texts = use.responsibilities.map((i) => role.responsibilities[i] as string);
  const match = (responsibilities: string[], tagged: boolean): SearchMatch => ({
    field: 'skill',
    text: skill.title,
    // The words that name the skill, to mark them; a tool only listed for the role has none.
    terms: tagged ? [] : [...new Set(responsibilities.flatMap((text) => namingWords(skill, text)))],
    skill: skillRef(skill),
    responsibilities,
    tagged,
  });
  const inTitle = titleWeight(user, asked);
  if (use.tagged) {
    // What the tool is for: the responsibilities that name the practices it serves, counted once per practice.
    const serves = new Set(skill.usedFor ?? []);
    const served = all
      .filter((other) => !other.tagged && serves.has(other.skill))
      .reduce((sum, other) => sum + other.responsibilities.length, 0);
    // Saturating: more of the role's work served counts for more, never for as much as naming it.
    const share = served / (served + role.responsibilities.length);
    return {
      score: inTitle + RANKING.tagged + RANKING.taggedServes * share,
      match: () => match(texts, true),
    };
  }
  const carriers = texts
    .map((text) => ({ text, weight: weightOf(wordsAsTyped(asked.phrases, text)) }))
    // Stable: those in the query's own words first, each group in the role's order.
    .sort((a, b) => b.weight - a.weight);
  const score = carriers.reduce(
    (sum, carrier, index) => sum + carrier.weight * RANKING.decay ** index,
    inTitle,
  );
  return {
    score,
    match: () =>
      match(
        carriers.map((carrier) => carrier.text),
        false,
      ),
  };
}

// Word forms already worked out: a skill named in a query is weighed over every responsibility
// that carries it (a thousand in an O*NET import), made of far fewer distinct words.
const forms = new Map<string, string>();
function formOf(word: string): string {
  let form = forms.get(word);
  if (form === undefined) {
    form = term(word);
    forms.set(word, form);
  }
  return form;
}

/** What a text naming the skill counts for, by the share of the query's own words it holds. */
const weightOf = (asTyped: number) => RANKING.named + (RANKING.exact - RANKING.named) * asTyped;

/**
 * How much of the query's own phrase a text holds: 1 when it holds it word
 * for word ("analytics" in "based on analytics"), a share for some of its
 * words ("traffic" of "web traffic" in "website traffic"), 0 when it names
 * the skill only with other terms.
 */
function wordsAsTyped(phrases: readonly string[][], text: string): number {
  // Most texts that carry a skill name it otherwise: those without the query's words are not broken into words.
  const plain = normalizeForMatch(text);
  if (!phrases.some((phrase) => phrase.some((word) => plain.includes(headOf(word))))) return 0;
  // "SEO/SEM" holds "SEO" as typed.
  const present = new Set(
    wordsOf(text).flatMap((word) =>
      word.includes('/') ? [formOf(word), ...word.split('/').map(formOf)] : [formOf(word)],
    ),
  );
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    const share = phrase.filter((word) => present.has(word)).length / phrase.length;
    best = Math.max(best, share);
  }
  return best;
}

/**
 * The words of a text, as tokenize() gives them; an ASCII text (nearly
 * all) skips its accent folding, which is most of its cost over the
 * thousand responsibilities an O*NET skill such as analytics has.
 */
function wordsOf(text: string): string[] {
  if (/[^\x20-\x7e]/.test(text)) return tokenize(text);
  return text.toLowerCase().match(/[a-z0-9]+(?:[/-][a-z0-9]+)*/g) ?? [];
}

/**
 * What any word of this form holds, lower case and without hyphens: the
 * form itself, but for an ending made American ("optimiz" of "optimise",
 * "behavior" of "behaviour"), which terms.ts changes only at the end.
 */
function headOf(form: string): string {
  const changed = Math.max(form.lastIndexOf('z'), form.lastIndexOf('or'));
  return changed < 0 ? form : form.slice(0, Math.max(1, changed));
}

/** True when some role's text holds the word form: the index's own term list, looked up, not searched. */
function knows(index: MiniSearch<Document>, form: string): boolean {
  const terms = (index as unknown as Internals)._index as { has?: (key: string) => boolean };
  if (typeof terms?.has === 'function') return terms.has(form);
  return index.search(form, { fuzzy: false, prefix: false }).length > 0;
}

function fullText(knowledgeBase: KnowledgeBase, query: string): SearchResult[] {
  if (terms(query).length === 0) return [];
  return indexOf(knowledgeBase).search(query, {
    boost: RANKING.boost,
    fuzzy: (word) => (word.length >= RANKING.fuzzyFrom ? RANKING.fuzziness : false),
    prefix: (word) => word.length >= RANKING.prefixFrom,
  });
}

/** True when the words hold the phrase's words in order, one after the other. */
function holdsInOrder(words: readonly string[], phrase: readonly string[]): boolean {
  const first = phrase[0];
  for (let i = words.indexOf(first as string); i >= 0; i = words.indexOf(first as string, i + 1))
    if (phrase.every((word, j) => words[i + j] === word)) return true;
  return false;
}

/**
 * The words of a text that count as a word typed: the same word, its plural,
 * or its singular ("count" and "counts", not "counter").
 */
const countAsTyped = (typed: string): string[] => [
  typed,
  `${typed}s`,
  `${typed}es`,
  ...(typed.endsWith('s') ? [typed.slice(0, -1)] : []),
];

/** A query's words as typed, without stop words: each with the form it is compared in. */
interface Phrase {
  /** The word forms, in order, each once. */
  forms: string[];
  /**
   * The words as typed, lower case without hyphens: each with its share of
   * the query by rarity, the words of a text that count as it
   * (countAsTyped), and the roles whose texts hold one of them.
   */
  typed: Map<string, { share: number; counting: readonly string[]; holders: ReadonlySet<string> }>;
}

const NO_PHRASE: Phrase = { forms: [], typed: new Map() };

/**
 * The query's words, each weighed by how few roles hold it (inverse
 * document frequency): in "paid search" on an O*NET import "paid" (7
 * roles) says more than "search" (over 100).
 */
function phraseOf(index: MiniSearch<Document>, roles: number, query: string): Phrase {
  const words = tokenize(query)
    .map((word) => ({ word: word.replaceAll('-', ''), form: term(word) }))
    .filter((w) => w.form !== '');
  // One word is no phrase (phraseEvidence): its rarity is not needed.
  if (new Set(words.map((w) => w.form)).size < 2) return NO_PHRASE;
  // By form, and looked up as the word: the index gives a word its form, as it did the texts' words.
  const holding = new Map<string, string[]>();
  const rolesHolding = (word: string): string[] => {
    const form = term(word);
    let ids = holding.get(form);
    if (!ids) {
      ids = form
        ? index.search(word, { fuzzy: false, prefix: false }).map((r) => String(r.id))
        : [];
      holding.set(form, ids);
    }
    return ids;
  };
  const typed: Phrase['typed'] = new Map();
  for (const { word } of words) {
    if (typed.has(word)) continue;
    // A text's word counts as typed in its plural or singular too, which may have another form.
    const counting = countAsTyped(word);
    typed.set(word, {
      share: Math.log(1 + roles / Math.max(1, rolesHolding(word).length)),
      counting,
      holders: new Set(counting.flatMap(rolesHolding)),
    });
  }
  const total = [...typed.values()].reduce((sum, word) => sum + word.share, 0);
  for (const word of typed.values()) word.share = total > 0 ? word.share / total : 0;
  return { forms: [...new Set(words.map((w) => w.form))], typed };
}

/**
 * The most phraseEvidence can add to a role, by the fields the index found
 * each of the query's word forms in: a phrase (or all its words) needs one
 * title, responsibility or alias holding every form; every form found
 * somewhere is worth `everyWord`; and each word as typed its share of
 * `typedWord`. Roles that cannot reach the last shown are not weighed.
 */
function mostAdded(phrase: Phrase, result: SearchResult): number {
  let typed = 0;
  for (const { share, holders } of phrase.typed.values())
    if (holders.has(String(result.id))) typed += share;
  const asTyped = RANKING.typedWord * typed;
  const fields = phrase.forms.map((form) => result.match[form] ?? []);
  if (fields.some((found) => found.length === 0)) return asTyped;
  const everyForm = (field: TextField) => fields.every((found) => found.includes(field));
  const inOneText =
    everyForm('title') || everyForm('responsibility')
      ? 1
      : everyForm('aliases')
        ? RANKING.aliasPhrase
        : 0;
  return asTyped + Math.max(RANKING.everyWord, RANKING.phrase * inOneText);
}

/**
 * What the query's words, as typed, add to a role the full text found:
 * a title, responsibility or alias holding them as a phrase or all of them,
 * or, less, the role's texts holding every one between them; and each word
 * the role holds as typed. The full-text score counts each word on its own
 * and forgives typos, prefixes and other forms, so a role of 90 aliases
 * outranks the one task that says the phrase; this puts the phrase first.
 * Only the role's texts that hold the first letters of a query word are
 * broken into words (linear in the role's text).
 */
function phraseEvidence(role: Role, phrase: Phrase, fields: ReadonlySet<string>): number {
  const { forms, typed } = phrase;
  if (forms.length < 2) return 0;
  const heads = forms.map(headOf);
  const found = new Set<string>();
  let asTyped = 0;
  const typedFound = new Set<string>();
  let best = 0;
  // Once every word is found, as typed and as a form, only a text holding all of them can add.
  const complete = () => found.size === forms.length && typedFound.size === typed.size;
  const weigh = (text: string, plain: string, field: number) => {
    if (
      complete()
        ? !heads.every((head) => plain.includes(head))
        : !heads.some((head) => plain.includes(head))
    )
      return;
    const tokens = tokenize(text).map((word) => word.replaceAll('-', ''));
    for (const [word, { share, counting }] of typed)
      if (!typedFound.has(word) && counting.some((v) => tokens.includes(v))) {
        typedFound.add(word);
        asTyped += RANKING.typedWord * share;
      }
    const words = terms(text);
    let held = 0;
    for (const form of forms)
      if (words.includes(form)) {
        found.add(form);
        held++;
      }
    if (held < forms.length) return;
    const share = holdsInOrder(words, forms) ? 1 : RANKING.allWords;
    best = Math.max(best, share * field);
  };
  // Nothing adds more than a phrase in a title or responsibility with every word as typed.
  const most = () => best === 1 && typedFound.size === typed.size;
  const each = (texts: readonly string[], field: number) => {
    if (most()) return;
    const plain = normalizeAll(texts);
    for (const [index, text] of texts.entries())
      if (!most()) weigh(text, plain[index] as string, field);
  };
  // Only the fields where the index found a query word's form can hold it, as typed or in a phrase.
  if (fields.has('title')) each([role.title], 1);
  if (fields.has('responsibility')) each(role.responsibilities, 1);
  if (fields.has('aliases')) each(role.aliases, RANKING.aliasPhrase);
  if (best > 0) return RANKING.phrase * best + asTyped;
  return (found.size === forms.length ? RANKING.everyWord : 0) + asTyped;
}

/** The texts that matched the words of a full-text result, by field. */
function textMatches(role: Role, result: SearchResult): SearchMatch[] {
  const matches: SearchMatch[] = [];
  for (const field of FIELDS) {
    const matched = result.terms.filter((t) => (result.match[t] ?? []).includes(field));
    if (matched.length === 0) continue;
    // A prefix or a typo matched a form of the word, not the word typed: mark the forms found.
    for (const text of matchingTexts(role, field, matched))
      matches.push({ field, text, terms: matched.filter((t) => terms(text).includes(t)) });
  }
  return matches;
}

/**
 * The `limit` best, scores rounded to hundredths, ties by role id. Only
 * those that can be shown are sorted in full: on an O*NET import a common
 * phrase ("customer service") finds 600 roles, and comparing ids, as a
 * person orders them, was most of ranking them.
 */
function topOf(items: Found[], limit: number): Found[] {
  const rounded = items.map((item) => ({ ...item, score: Math.round(item.score * 100) / 100 }));
  // The score of the last role shown: those below it are left out before sorting.
  const cut =
    rounded.length > limit
      ? (Float64Array.from(rounded, (item) => item.score).sort()[rounded.length - limit] as number)
      : Number.NEGATIVE_INFINITY;
  // Ids are kebab-case ASCII, which code units order as a person would; localeCompare's
  // collator took 5 ms to start.
  return rounded
    .filter((item) => item.score >= cut)
    .sort((a, b) => b.score - a.score || (a.role.id < b.role.id ? -1 : 1))
    .slice(0, limit);
}

/**
 * Roles ranked by how well they match the query, at most `limit` of them.
 * The query is read for skills first (readQuery): each role that uses a
 * skill it names is found, with the responsibilities that carry it
 * ("shopify" finds the roles that use an e-commerce platform). The words no
 * skill covers are looked up as full text over titles, aliases, summaries
 * and responsibilities, which tolerates a typo in a longer word
 * ("infuencers") and a prefix ("optim"); so is the whole query when no role
 * uses the skills it names. Each role found gets bounds on its score first
 * (skillBounds, mostAdded); only those that can still be among the `limit`
 * shown are weighed in full. Linear in the knowledge base: one pass over the
 * users of each skill named, one index lookup.
 */
export function searchRoles(
  knowledgeBase: KnowledgeBase,
  query: string,
  limit = Number.POSITIVE_INFINITY,
): SearchHit[] {
  if (terms(query).length === 0) return [];
  const reading = readQuery(knowledgeBase, query, (form) => knows(indexOf(knowledgeBase), form));
  const found = new Map<string, Found>();
  const entry = (role: Role): Found => {
    let item = found.get(role.id);
    if (!item) {
      item = { role, score: 0, skills: [], uses: [], textScore: 0, low: 0, high: 0 };
      found.set(role.id, item);
    }
    return item;
  };
  // Each role that uses a skill the query names, with what that can add: on an O*NET import
  // analytics has 460 users, and weighing one reads its responsibilities.
  for (const asked of reading.skills) {
    for (const user of skillUsers(knowledgeBase, asked.skill.id)) {
      const item = entry(user.role);
      const { low, high } = skillBounds(user, asked);
      item.uses.push({ user, asked });
      item.low += low;
      item.high += high;
    }
  }
  const rest = found.size === 0 ? query : reading.rest.join(' ');
  const results = fullText(knowledgeBase, rest);
  const best = results[0]?.score ?? 0;
  // The index is read only when the text is searched: a query its skills cover whole never needs it.
  const phrase =
    results.length > 0
      ? phraseOf(indexOf(knowledgeBase), knowledgeBase.roles.length, rest)
      : NO_PHRASE;
  for (const result of results) {
    const role = roleById(knowledgeBase, String(result.id));
    if (!role) continue;
    const item = entry(role);
    item.textScore = (RANKING.text * result.score) / best;
    item.text = result;
    item.low += item.textScore;
    item.high += item.textScore;
    // A role found only by typos and prefixes of the query's words holds none of them: no phrase.
    if (phrase.forms.some((form) => result.terms.includes(form)))
      item.high += mostAdded(phrase, result);
  }
  /** The role's score: its skills in the query's order, its text, then what the phrase adds. */
  const weigh = (item: Found) => {
    for (const { user, asked } of item.uses) {
      const evidence = skillEvidence(user, asked);
      item.score += evidence.score;
      item.skills.push(evidence);
    }
    item.score += item.textScore;
    const { text } = item;
    if (text && phrase.forms.some((form) => text.terms.includes(form))) {
      const fields = new Set(phrase.forms.flatMap((form) => text.match[form] ?? []));
      item.score += phraseEvidence(item.role, phrase, fields);
    }
    item.low = item.score;
    item.high = item.score;
  };
  // Roles are weighed best bound first, and only while they can still be among the `limit`
  // shown: the last of those scores at least the `limit`-th best of what every role scores at
  // least. On an O*NET import "data analysis" finds some 500 roles (analytics alone has 460
  // users), and weighing them all read every one's responsibilities.
  const all = [...found.values()].sort((a, b) => b.high - a.high);
  const floor = (): number => {
    if (!Number.isFinite(limit) || all.length <= limit) return Number.NEGATIVE_INFINITY;
    return all.map((item) => item.low).sort((a, b) => b - a)[limit - 1] as number;
  };
  const weighed: Found[] = [];
  let last = floor();
  for (const item of all) {
    // Scores are compared rounded to hundredths: a bound a hair below the floor could tie it.
    if (item.high + 0.01 < last) break;
    weigh(item);
    weighed.push(item);
    if (weighed.length % 16 === 0) last = floor();
  }

  const rank: Record<SearchField, number> = {
    title: 0,
    skill: 1,
    aliases: 2,
    responsibility: 3,
    summary: 4,
  };
  const ranked = topOf(weighed, limit);
  // Which texts matched is worked out only for the roles kept.
  return ranked.map((item) => {
    const skills = item.skills.sort((a, b) => b.score - a.score).map((s) => s.match());
    const shown = new Set(skills.flatMap((match) => match.responsibilities ?? []));
    const text = item.text ? textMatches(item.role, item.text) : [];
    // A text that holds every word of a query of two or more comes first, whatever its field: it is
    // what ranked the role ("direct them to customer service centers", not the alias "Customer
    // Field Representative", for "customer service").
    const whole = (match: SearchMatch) =>
      match.field !== 'skill' &&
      phrase.forms.length > 1 &&
      phrase.forms.every((form) => match.terms.includes(form))
        ? 0
        : 1;
    const matches = [
      ...skills,
      // A responsibility a skill match already shows is not shown twice.
      ...text.filter((match) => !(match.field === 'responsibility' && shown.has(match.text))),
    ].sort((a, b) => whole(a) - whole(b) || rank[a.field] - rank[b.field]);
    return { role: item.role, score: item.score, matches };
  });
}
