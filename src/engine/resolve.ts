import type { KnowledgeBase } from '../knowledge-base/model.js';
import { answersTo, nameIndexOf, otherNames } from '../knowledge-base/names.js';
import type { Role } from '../knowledge-base/schema.js';
import { mayNormalizeTo, normalize, words } from '../text/normalize.js';
import { editDistance } from '../text/similarity.js';
import { roleById } from './graph.js';
import { levelOf } from './levels.js';

/**
 * How people name a rung of a ladder: the track and the level, either way
 * round ("Backend L3", "Senior backend engineer"), the track by its id,
 * title or practitioner, the level by its title or id.
 */
function ladderNames(knowledgeBase: KnowledgeBase, role: Role): string[] {
  const track = knowledgeBase.tracks.find((t) => t.id === role.track);
  const level = levelOf(knowledgeBase, role);
  const tracks = [role.track, track?.title, track?.practitioner].filter(
    (name): name is string => !!name,
  );
  const levels = [level?.title, role.level].filter((name): name is string => !!name);
  return tracks.flatMap((t) => levels.flatMap((l) => [`${t} ${l}`, `${l} ${t}`]));
}

/**
 * An index from normalized ladder names to the roles that answer to them,
 * built the first time a lookup reaches it and kept for the knowledge base.
 */
const ladders = new WeakMap<KnowledgeBase, Map<string, Role[]>>();

function ladderIndex(knowledgeBase: KnowledgeBase): Map<string, Role[]> {
  let index = ladders.get(knowledgeBase);
  if (!index) {
    index = new Map();
    for (const role of knowledgeBase.roles) {
      for (const value of ladderNames(knowledgeBase, role)) {
        const key = normalize(value);
        if (!key) continue;
        const list = index.get(key);
        if (!list) index.set(key, [role]);
        else if (!list.includes(role)) list.push(role);
      }
    }
    ladders.set(knowledgeBase, index);
  }
  return index;
}

/**
 * The roles whose id (or title) normalizes to `key`, in their order: a
 * scan, most passed over by their first letter, costs less than indexing
 * them for the name or two a command resolves (2,000 on an O*NET import).
 */
const namedBy = (knowledgeBase: KnowledgeBase, key: string, name: (role: Role) => string) =>
  knowledgeBase.roles.filter((role) => {
    const value = name(role);
    return mayNormalizeTo(value, key) && normalize(value) === key;
  });

/**
 * The roles one of whose other names (aliases, code) normalizes to `key`, in
 * their order. A knowledge base from the cache has them indexed. Otherwise
 * they are scanned, not indexed: a command resolves a name or two, and a
 * scan costs less than indexing them all (an O*NET import: 55,000 aliases),
 * all the more as most are passed over by their first letter.
 */
function aliasMatches(knowledgeBase: KnowledgeBase, key: string): Role[] {
  const index = nameIndexOf(knowledgeBase);
  if (index) return index(key);
  return knowledgeBase.roles.filter((role) => answersTo(role, key));
}

/**
 * Every role a person may mean by a name, whatever the case, spacing,
 * hyphens or punctuation, with a plural tolerated ("SEO specialists"): an
 * id as written names one role; otherwise every role whose id, title or
 * alias (or code) it is; otherwise every role on the rung it names ("Backend L3"). More
 * than one is a choice for the person to make, never for the program.
 */
export function matchRoles(knowledgeBase: KnowledgeBase, query: string): Role[] {
  const exact = roleById(knowledgeBase, query);
  if (exact) return [exact];
  const key = normalize(query);
  if (!key) return [];
  const keys = key.endsWith('s') ? [key, key.slice(0, -1)] : [key];
  for (const k of keys) {
    // An id written loosely ("SEO specialist") is a name like a title: another role's alias may be it too.
    const found = namedBy(knowledgeBase, k, (role) => role.id);
    for (const role of namedBy(knowledgeBase, k, (role) => role.title))
      if (!found.includes(role)) found.push(role);
    for (const role of aliasMatches(knowledgeBase, k)) if (!found.includes(role)) found.push(role);
    if (found.length > 0) return found;
  }
  for (const k of keys) {
    const rung = ladderIndex(knowledgeBase).get(k);
    if (rung) return [...rung];
  }
  return [];
}

/** The one role a name means, or undefined when it names none or several (see matchRoles). */
export function resolveRole(knowledgeBase: KnowledgeBase, query: string): Role | undefined {
  const matches = matchRoles(knowledgeBase, query);
  return matches.length === 1 ? matches[0] : undefined;
}

export interface Suggestion {
  role: Role;
  /** The name that came closest: the id, the title or an alias. */
  matched: string;
  /** Lower is closer: 0 is an exact match. */
  score: number;
}

/**
 * The roles closest to what was typed, closest first: by edit distance over
 * every name (so typos are forgiven), and by shared words (so "seo" or
 * "manager" still find their roles). At most `limit`, and none that are far.
 */
export function suggestRoles(knowledgeBase: KnowledgeBase, query: string, limit = 3): Suggestion[] {
  const key = normalize(query);
  const queryWords = new Set(words(query));
  const sought = [...queryWords];
  if (!key) return [];
  const suggestions: Suggestion[] = [];
  for (const role of knowledgeBase.roles) {
    let best: Suggestion | undefined;
    // Every name the role answers to: its id, its title, its aliases and occupation code.
    for (const name of [role.id, role.title, ...otherNames(role)]) {
      const candidate = normalize(name);
      const longest = Math.max(key.length, candidate.length);
      // Only a distance within 0.45 of the longer name can make a suggestion: beyond it, stop counting.
      const distance = editDistance(key, candidate, Math.floor(0.45 * longest)) / longest;
      // A shared word must appear in the name: most names are passed over without splitting them.
      const lower = name.toLowerCase();
      let overlap = 1;
      if (sought.some((word) => lower.includes(word))) {
        const nameWords = words(name);
        const shared = nameWords.filter((word) => queryWords.has(word)).length;
        // A shared word is worth as much as getting most of the letters right.
        if (shared > 0)
          overlap = 0.45 - (0.2 * shared) / Math.max(nameWords.length, queryWords.size);
      }
      const score = Math.min(distance, overlap);
      if (!best || score < best.score) best = { role, matched: name, score };
    }
    if (best && best.score <= 0.45) suggestions.push(best);
  }
  suggestions.sort((a, b) => a.score - b.score || a.role.id.localeCompare(b.role.id));
  return suggestions.slice(0, limit);
}
