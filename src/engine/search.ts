import { deserialize, serialize } from 'node:v8';
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { term, terms, tokenize } from '../text/terms.js';
import { roleById } from './graph.js';

export type SearchField = 'title' | 'aliases' | 'summary' | 'responsibility';

export interface SearchMatch {
  field: SearchField;
  /** The text that matched: a responsibility, the summary, the title or one alias. */
  text: string;
  /** The compared word forms it matched on, for highlighting. */
  terms: string[];
}

export interface SearchHit {
  role: Role;
  score: number;
  /** Best first. */
  matches: SearchMatch[];
}

interface Document {
  id: string;
  title: string;
  aliases: string;
  summary: string;
  responsibility: string;
}

const FIELDS: SearchField[] = ['title', 'aliases', 'summary', 'responsibility'];
const OPTIONS = {
  fields: FIELDS,
  tokenize,
  processTerm: (word: string) => term(word) || null,
};
const indexes = new WeakMap<KnowledgeBase, MiniSearch<Document>>();

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

/** The index in a form to keep beside a cached knowledge base. */
export function searchIndexBytes(knowledgeBase: KnowledgeBase): Buffer {
  const index = indexOf(knowledgeBase) as unknown as Internals;
  return serialize({
    tree: index._index?._tree,
    ...Object.fromEntries(DATA_FIELDS.map((field) => [field, index[field]])),
  });
}

/** Uses an index saved by searchIndexBytes for this same knowledge base; false if it cannot be used. */
export function useSearchIndexBytes(knowledgeBase: KnowledgeBase, bytes: Buffer): boolean {
  try {
    const data = deserialize(bytes) as Record<string, unknown>;
    const index = new MiniSearch<Document>(OPTIONS);
    const internals = index as unknown as Internals;
    if (!(data.tree instanceof Map) || !(internals._index?._tree instanceof Map)) return false;
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
  const plain = /[^\x20-\x7e]/.test(text)
    ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : text;
  return plain.toLowerCase().replaceAll('-', '');
}

/** The texts of a field that hold any of the matched word forms, those with the most first. */
function matchingTexts(role: Role, field: SearchField, matched: readonly string[]): string[] {
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
  return texts
    .filter((text) => {
      const plain = normalizeForMatch(text);
      return heads.some((head) => plain.includes(head));
    })
    .map((text) => ({ text, count: new Set(terms(text).filter((t) => matched.includes(t))).size }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((t) => t.text);
}

/**
 * Roles ranked by how well they match the words, at most `limit` of them: a
 * title or alias counts most, then a responsibility, then the summary. Tolerates a typo in a
 * longer word ("infuencers") and a prefix ("optim").
 */
export function searchRoles(
  knowledgeBase: KnowledgeBase,
  query: string,
  limit = Number.POSITIVE_INFINITY,
): SearchHit[] {
  if (terms(query).length === 0) return [];
  const results = indexOf(knowledgeBase).search(query, {
    boost: { title: 3, aliases: 2.5, responsibility: 1.5, summary: 1 },
    fuzzy: (word) => (word.length >= 5 ? 0.2 : false),
    prefix: (word) => word.length >= 4,
  });
  const hits: SearchHit[] = [];
  // Results come best first; which texts matched is worked out only for those kept.
  for (const result of results.slice(0, limit)) {
    const role = roleById(knowledgeBase, String(result.id));
    if (!role) continue;
    const matches: SearchMatch[] = [];
    for (const field of FIELDS) {
      const matched = result.terms.filter((t) => (result.match[t] ?? []).includes(field));
      if (matched.length === 0) continue;
      // A prefix or a typo matched a form of the word, not the word typed: mark the forms found.
      for (const text of matchingTexts(role, field, matched))
        matches.push({ field, text, terms: matched.filter((t) => terms(text).includes(t)) });
    }
    hits.push({ role, score: result.score, matches });
  }
  const rank: Record<SearchField, number> = { title: 0, aliases: 1, responsibility: 2, summary: 3 };
  return hits
    .map((hit) => ({
      ...hit,
      score: Math.round(hit.score * 100) / 100,
      matches: hit.matches.sort((a, b) => rank[a.field] - rank[b.field]),
    }))
    .sort((a, b) => b.score - a.score || a.role.id.localeCompare(b.role.id));
}
