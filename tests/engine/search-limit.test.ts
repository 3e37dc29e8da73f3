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
      // A word as typed in the other number ("count", "services") counts as typed.
      'head count',
      'customer services',
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

  it('gives the same first roles for two-word queries made from the roles own words, in both numbers', () => {
    // Words of the roles' texts, paired: queries whose words many roles hold, some of them as typed.
    const words = [
      ...new Set(
        knowledgeBase.roles
          .flatMap((role) => [role.title, ...role.responsibilities])
          .flatMap((text) => text.toLowerCase().match(/[a-z]{4,}/g) ?? []),
      ),
    ].sort();
    const queries: string[] = [];
    for (let i = 0; queries.length < 80 && i < words.length; i += 37) {
      const pair = words[(i * 7) % words.length];
      queries.push(`${words[i]} ${pair}`, `${words[i]}s ${pair}`);
    }
    for (const query of queries) {
      const all = searchRoles(knowledgeBase, query);
      for (const limit of [1, 3, 10])
        expect([query, scored(searchRoles(knowledgeBase, query, limit))]).toEqual([
          query,
          scored(all.slice(0, limit)),
        ]);
    }
  });
});
