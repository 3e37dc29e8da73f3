import { describe, expect, it } from 'vitest';
import { findLevel, findTrack, listRoles } from '../../src/engine/list.js';
import { resolveRole, suggestRoles } from '../../src/engine/resolve.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { MARKETING } from '../helpers/fixtures.js';

const knowledgeBase = loadKnowledgeBase([MARKETING]);

describe('resolving a role', () => {
  it.each([
    ['seo-specialist', 'seo-specialist'],
    ['SEO Specialist', 'seo-specialist'],
    ['seo_specialist', 'seo-specialist'],
    ['  seo  specialist ', 'seo-specialist'],
    ['Search Engine Optimization specialist', 'seo-specialist'],
    ['SEO specialists', 'seo-specialist'],
    ['PPC specialist', 'sem-specialist'],
    ['ecommerce PM', 'e-commerce-product-manager'],
    ['E-COMMERCE ANALYST', 'e-commerce-analyst'],
  ])('finds %j', (query, id) => {
    expect(resolveRole(knowledgeBase, query)?.id).toBe(id);
  });

  it('finds nothing for an unknown or empty name', () => {
    expect(resolveRole(knowledgeBase, 'astronaut')).toBeUndefined();
    expect(resolveRole(knowledgeBase, '--')).toBeUndefined();
  });
});

describe('suggesting roles', () => {
  it('puts the closest spelling first', () => {
    expect(suggestRoles(knowledgeBase, 'seo-specalist').map((s) => s.role.id)[0]).toBe(
      'seo-specialist',
    );
    expect(suggestRoles(knowledgeBase, 'acount manager').map((s) => s.role.id)[0]).toBe(
      'account-manager',
    );
    expect(suggestRoles(knowledgeBase, 'social media strategyst').map((s) => s.role.id)[0]).toBe(
      'social-media-strategist',
    );
  });

  it('finds roles by a shared word', () => {
    const ids = suggestRoles(knowledgeBase, 'manager').map((s) => s.role.id);
    expect(ids).toHaveLength(3);
    expect(ids).toEqual(
      expect.arrayContaining([
        'account-manager',
        'digital-marketing-manager',
        'e-commerce-product-manager',
      ]),
    );
  });

  it('returns at most the limit, and nothing for a name far from every role', () => {
    expect(suggestRoles(knowledgeBase, 'specialist', 2)).toHaveLength(2);
    expect(suggestRoles(knowledgeBase, 'astronaut')).toEqual([]);
  });
});

describe('listing roles', () => {
  it('orders by track, then level, then as written', () => {
    const ids = listRoles(knowledgeBase).map((r) => `${r.track}/${r.level}`);
    const firstAdvanced = ids.indexOf('digital-marketing/advanced');
    expect(ids.slice(0, firstAdvanced).every((x) => x === 'digital-marketing/associate')).toBe(
      true,
    );
    expect(ids.at(-1)).toBe('e-commerce/advanced');
  });

  it('filters by track and level found loosely by id or title', () => {
    const track = findTrack(knowledgeBase, 'E Commerce');
    const level = findLevel(knowledgeBase, 'ADVANCED');
    expect(listRoles(knowledgeBase, { track, level }).map((r) => r.id)).toEqual([
      'e-commerce-product-manager',
    ]);
    expect(findTrack(knowledgeBase, 'sales')).toBeUndefined();
  });
});
