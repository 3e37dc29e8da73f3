import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchRoles } from '../../src/engine/search.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { ROOT } from '../helpers/cli.js';
import { MARKETING } from '../helpers/fixtures.js';

// The O*NET occupations that compete for phrase queries, over the marketing roles.
const knowledgeBase = loadKnowledgeBase([join(ROOT, 'tests', 'fixtures', 'onet-search')], {
  base: loadKnowledgeBase([MARKETING]),
});
const scored = (hits: ReturnType<typeof searchRoles>) =>
  hits.map((hit) => [hit.role.id, hit.score] as const);

describe('a search with a limit', () => {
  it('gives the first roles of the whole ranking, with the same scores, though it weighs fewer phrases', () => {
    const queries = [
      'head counts',
      'paid search',
      'shopping cart',
      'search engine',
      'market research',
      'monitor metrics',
      'social media campaigns',
      'email',
    ];
    for (const query of queries) {
      const all = searchRoles(knowledgeBase, query);
      expect(all.length).toBeGreaterThan(0);
      for (const limit of [1, 2, 3, 5]) {
        expect(scored(searchRoles(knowledgeBase, query, limit))).toEqual(
          scored(all.slice(0, limit)),
        );
      }
    }
  });
});
