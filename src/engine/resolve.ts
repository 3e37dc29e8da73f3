import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { editDistance } from '../text/similarity.js';
import { normalize, words } from './normalize.js';

/** Every name a role answers to: its id, its title, its aliases, and an occupation code. */
function namesOf(role: Role): string[] {
  return [role.id, role.title, ...role.aliases, ...(role.code ? [role.code] : [])];
}

/**
 * An index from each normalized name to its role. Built once per knowledge
 * base and kept, because a session of `show a b c` resolves several names.
 * Ids win over titles, and titles over aliases, should two roles share one.
 */
const indexes = new WeakMap<KnowledgeBase, Map<string, Role>>();

function indexOf(knowledgeBase: KnowledgeBase): Map<string, Role> {
  let index = indexes.get(knowledgeBase);
  if (!index) {
    index = new Map();
    for (const pick of [
      (r: Role) => [r.id],
      (r: Role) => [r.title],
      (r: Role) => r.aliases,
      (r: Role) => (r.code ? [r.code] : []),
    ]) {
      for (const role of knowledgeBase.roles) {
        for (const name of pick(role)) {
          const key = normalize(name);
          if (key && !index.has(key)) index.set(key, role);
        }
      }
    }
    indexes.set(knowledgeBase, index);
  }
  return index;
}

/**
 * Finds the role a person means by id, title, alias or code, whatever the case,
 * spacing, hyphens or punctuation, and with a plural tolerated ("SEO
 * specialists").
 */
export function resolveRole(knowledgeBase: KnowledgeBase, query: string): Role | undefined {
  const index = indexOf(knowledgeBase);
  const key = normalize(query);
  if (!key) return undefined;
  return index.get(key) ?? (key.endsWith('s') ? index.get(key.slice(0, -1)) : undefined);
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
  if (!key) return [];
  const suggestions: Suggestion[] = [];
  for (const role of knowledgeBase.roles) {
    let best: Suggestion | undefined;
    for (const name of namesOf(role)) {
      const candidate = normalize(name);
      const distance = editDistance(key, candidate) / Math.max(key.length, candidate.length);
      const nameWords = words(name);
      const shared = nameWords.filter((word) => queryWords.has(word)).length;
      // A shared word is worth as much as getting most of the letters right.
      const overlap =
        shared > 0 ? 0.45 - (0.2 * shared) / Math.max(nameWords.length, queryWords.size) : 1;
      const score = Math.min(distance, overlap);
      if (!best || score < best.score) best = { role, matched: name, score };
    }
    if (best && best.score <= 0.45) suggestions.push(best);
  }
  suggestions.sort((a, b) => a.score - b.score || a.role.id.localeCompare(b.role.id));
  return suggestions.slice(0, limit);
}
