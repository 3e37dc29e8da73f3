import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { searchRoles } from '../../src/engine/search.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { ROOT } from '../helpers/cli.js';

interface Query {
  query: string;
  expect: string[];
}

const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);
const gold = parse(
  readFileSync(join(ROOT, 'tests', 'fixtures', 'search-gold.yaml'), 'utf8'),
) as Query[];

describe('search against what users type (tests/fixtures/search-gold.yaml)', () => {
  it('holds at least 30 queries, each naming built-in roles', () => {
    expect(gold.length).toBeGreaterThanOrEqual(30);
    const roles = new Set(knowledgeBase.roles.map((role) => role.id));
    for (const { query, expect: wanted } of gold) {
      expect(wanted.length, query).toBeGreaterThan(0);
      for (const id of wanted) expect(roles.has(id), `${query}: ${id}`).toBe(true);
    }
  });

  it('finds at least 90% of the expected roles in the top 3', () => {
    const misses: string[] = [];
    let pairs = 0;
    for (const { query, expect: wanted } of gold) {
      const top = searchRoles(knowledgeBase, query, 3).map((hit) => hit.role.id);
      for (const id of wanted) {
        pairs++;
        if (!top.includes(id)) misses.push(`"${query}": ${id} not in [${top.join(', ')}]`);
      }
    }
    const recall = (pairs - misses.length) / pairs;
    if (misses.length > 0)
      console.log(
        `search gold set: recall in the top 3 ${(recall * 100).toFixed(1)}% (${pairs - misses.length}/${pairs}); misses:\n  ${misses.join('\n  ')}`,
      );
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
