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
  roleId: string;
  title?: string;
  aliases?: string;
  summary?: string;
  responsibility?: string;
}

const FIELDS: SearchField[] = ['title', 'aliases', 'summary', 'responsibility'];
const indexes = new WeakMap<KnowledgeBase, MiniSearch<Document>>();

/**
 * The full-text index: one document per role (title, aliases, summary) and
 * one per responsibility, so a hit names the responsibility that matched.
 * Words are compared in the form text/terms.ts gives them, so "optimise"
 * finds "optimization" and "A/B test" finds "A/B tests".
 */
function indexOf(knowledgeBase: KnowledgeBase): MiniSearch<Document> {
  let index = indexes.get(knowledgeBase);
  if (!index) {
    index = new MiniSearch<Document>({
      fields: FIELDS,
      storeFields: ['roleId'],
      tokenize,
      processTerm: (word) => term(word) || null,
    });
    index.addAll(
      knowledgeBase.roles.flatMap((role) => [
        {
          id: role.id,
          roleId: role.id,
          title: role.title,
          aliases: role.aliases.join('\n'),
          summary: role.summary,
        },
        ...role.responsibilities.map((responsibility, i) => ({
          id: `${role.id}#${i}`,
          roleId: role.id,
          responsibility,
        })),
      ]),
    );
    indexes.set(knowledgeBase, index);
  }
  return index;
}

function textOf(
  role: Role,
  field: SearchField,
  documentId: string,
  matched: readonly string[],
): string {
  switch (field) {
    case 'title':
      return role.title;
    case 'summary':
      return role.summary;
    case 'aliases':
      return (
        role.aliases.find((alias) => terms(alias).some((t) => matched.includes(t))) ??
        role.aliases.join(', ')
      );
    case 'responsibility':
      return role.responsibilities[Number(documentId.split('#')[1])] ?? '';
  }
}

/**
 * Roles ranked by how well they match the words: a title or alias counts
 * most, then a responsibility, then the summary. Tolerates a typo in a
 * longer word ("infuencers") and a prefix ("optim").
 */
export function searchRoles(knowledgeBase: KnowledgeBase, query: string): SearchHit[] {
  if (terms(query).length === 0) return [];
  const results = indexOf(knowledgeBase).search(query, {
    boost: { title: 3, aliases: 2.5, responsibility: 1.5, summary: 1 },
    fuzzy: (word) => (word.length >= 5 ? 0.2 : false),
    prefix: (word) => word.length >= 4,
  });
  const byRole = new Map<string, SearchHit>();
  for (const result of results) {
    const role = roleById(knowledgeBase, result.roleId as string);
    if (!role) continue;
    let hit = byRole.get(role.id);
    if (!hit) {
      hit = { role, score: 0, matches: [] };
      byRole.set(role.id, hit);
    }
    hit.score += result.score;
    const fields = new Set(Object.values(result.match).flat() as SearchField[]);
    for (const field of FIELDS) {
      if (!fields.has(field)) continue;
      const matched = result.terms.filter((t) => (result.match[t] ?? []).includes(field));
      hit.matches.push({
        field,
        text: textOf(role, field, String(result.id), matched),
        terms: matched,
      });
    }
  }
  const rank: Record<SearchField, number> = { title: 0, aliases: 1, responsibility: 2, summary: 3 };
  return [...byRole.values()]
    .map((hit) => ({
      ...hit,
      score: Math.round(hit.score * 100) / 100,
      matches: hit.matches.sort((a, b) => rank[a.field] - rank[b.field]),
    }))
    .sort((a, b) => b.score - a.score || a.role.id.localeCompare(b.role.id));
}
