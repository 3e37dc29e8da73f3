import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { searchIndexBytes, searchRoles, useSearchIndexBytes } from '../../src/engine/search.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { highlight } from '../../src/text/highlight.js';
import { MARKETING } from '../helpers/fixtures.js';

const knowledgeBase = loadKnowledgeBase([MARKETING]);
const ids = (query: string) => searchRoles(knowledgeBase, query).map((hit) => hit.role.id);

describe('searching roles', () => {
  it('finds the responsibility that matched', () => {
    const [hit] = searchRoles(knowledgeBase, 'A/B test');
    expect(hit?.role.id).toBe('digital-marketing-manager');
    // "A/B test" names a skill: the match names it, with the responsibility that carries it.
    expect(hit?.matches[0]).toMatchObject({
      field: 'skill',
      skill: { id: 'experimentation' },
      responsibilities: ['Plan, execute and evaluate A/B tests and experiments'],
    });
  });

  it('forgives a typo and meets other word forms', () => {
    expect(ids('infuencers')).toEqual(['social-media-strategist']);
    expect(ids('optimise')[0]).toBe('seo-specialist');
    expect(ids('optimise')).toContain('e-commerce-specialist');
  });

  it('ranks a role named by the words above one that only mentions them', () => {
    const found = ids('email');
    expect(found[0]).toBe('email-marketing-specialist');
    expect(found).toContain('digital-marketing-manager');
    expect(ids('ppc')[0]).toBe('sem-specialist');
  });

  it('finds nothing for unknown words or only stop words', () => {
    expect(ids('xyzzy')).toEqual([]);
    expect(ids('the and of')).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks each word whose form matched', () => {
    expect(highlight('Plan, execute and evaluate A/B tests', ['a/b', 'test'])).toEqual([
      { text: 'Plan, execute and evaluate ', match: false },
      { text: 'A/B', match: true },
      { text: ' ', match: false },
      { text: 'tests', match: true },
    ]);
  });
});

describe('a saved search index', () => {
  it('answers exactly as a freshly built one', () => {
    const saved = searchIndexBytes(knowledgeBase);
    // A copy is a different knowledge base to the engine: it would build its own index.
    const copy = structuredClone(knowledgeBase);
    expect(useSearchIndexBytes(copy, saved)).toBe(true);
    for (const query of [
      'A/B test',
      'infuencers',
      'optimise',
      'email',
      'ppc',
      'customer experience',
      'xyzzy',
    ]) {
      expect(searchRoles(copy, query)).toEqual(searchRoles(knowledgeBase, query));
    }
  });

  it('is refused, not trusted, when it is not an index', () => {
    const copy = structuredClone(knowledgeBase);
    expect(useSearchIndexBytes(copy, Buffer.from('not an index'))).toBe(false);
    expect(useSearchIndexBytes(copy, serialize({ tree: 'no map' }))).toBe(false);
    expect(searchRoles(copy, 'email')[0]?.role.id).toBe('email-marketing-specialist');
  });
});
