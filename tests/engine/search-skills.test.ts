import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQuery } from '../../src/engine/query-skills.js';
import { searchRoles } from '../../src/engine/search.js';
import { RANKING } from '../../src/engine/search-ranking.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { emptyKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base/model.js';
import type { Role, Skill } from '../../src/knowledge-base/schema.js';
import { ROOT } from '../helpers/cli.js';

const builtin = loadKnowledgeBase([join(ROOT, 'data')]);
const ids = (kb: KnowledgeBase, query: string) => searchRoles(kb, query).map((hit) => hit.role.id);
const named = (query: string) => readQuery(builtin, query).skills.map((s) => s.skill.id);

describe('a query read for skills', () => {
  it('finds a skill by any of its terms, brand names included', () => {
    expect(named('ppc')).toEqual(['paid-search']);
    expect(named('Shopify')).toEqual(['ecommerce-platforms']);
    expect(named('KPIs')).toEqual(['reporting']);
    expect(named('a/b test')).toEqual(['experimentation']);
  });

  it('lets the longest phrase name the skill', () => {
    // "ads" alone names paid media, "strategy" alone names strategy.
    expect(named('google ads')).toEqual(['search-ad-platforms']);
    expect(named('product strategy')).toEqual(['product-management']);
  });

  it('finds a skill by its id or its title given whole', () => {
    expect(named('web-analytics-tools')).toEqual(['web-analytics-tools']);
    expect(named('Web analytics')).toEqual(['web-analytics-tools']);
    expect(named('Web analytics (Google Analytics 4, Adobe Analytics)')).toEqual([
      'web-analytics-tools',
    ]);
  });

  it('leaves the words no skill covers to the full text', () => {
    expect(readQuery(builtin, 'seo specialist')).toMatchObject({
      skills: [{ skill: { id: 'seo' } }],
      rest: ['specialist'],
    });
    expect(readQuery(builtin, 'welding').skills).toEqual([]);
  });

  it('takes a slip on a skill word for the skill, not a word the roles use', () => {
    expect(ids(builtin, 'shopfy')).toEqual(ids(builtin, 'shopify'));
    expect(ids(builtin, 'analitycs')).toContain('e-commerce-analyst');
    // "market" is a word the roles use ("marketing"), not a slip on "Marketo".
    const market = searchRoles(builtin, 'market');
    expect(market.length).toBeGreaterThan(0);
    expect(market.flatMap((hit) => hit.matches).some((m) => m.field === 'skill')).toBe(false);
  });
});

describe('searching the built-in roles by skill', () => {
  it('finds the roles that use a tool named by its brand, and says which skill matched', () => {
    const hits = searchRoles(builtin, 'shopify');
    expect(hits.map((hit) => hit.role.id).sort()).toEqual([
      'e-commerce-analyst',
      'e-commerce-product-manager',
      'e-commerce-specialist',
    ]);
    for (const hit of hits)
      expect(hit.matches[0]).toMatchObject({
        field: 'skill',
        text: 'E-commerce platforms (Shopify, WooCommerce, Adobe Commerce, BigCommerce)',
        skill: { id: 'ecommerce-platforms', kind: 'tool' },
        tagged: true,
      });
  });

  it('names the responsibilities that carry a practice, and the words to mark', () => {
    const hits = searchRoles(builtin, 'analytics');
    expect(hits.slice(0, 3).map((hit) => hit.role.id)).toEqual(
      expect.arrayContaining(['e-commerce-analyst', 'marketing-associate']),
    );
    const analyst = hits.find((hit) => hit.role.id === 'e-commerce-analyst');
    expect(analyst?.matches[0]).toMatchObject({
      field: 'skill',
      text: 'Analytics',
      skill: { id: 'analytics', title: 'Analytics', kind: 'practice' },
      responsibilities: [
        'Monitor and analyze e-commerce metrics',
        'Leverage e-commerce data for operational insights',
      ],
      tagged: false,
    });
    expect(analyst?.matches[0]?.terms).toEqual(expect.arrayContaining(['analyz', 'metric']));
  });

  it('adds what the full text finds for the other words', () => {
    const [first] = searchRoles(builtin, 'seo specialist');
    expect(first?.role.id).toBe('seo-specialist');
    expect(first?.matches.map((m) => m.field).slice(0, 2)).toEqual(['title', 'skill']);
  });

  it('finds nothing for words neither a skill nor a role uses', () => {
    expect(searchRoles(builtin, 'zzz')).toEqual([]);
  });
});

describe('ranking skill matches', () => {
  const skill = (id: string, kind: Skill['kind'], terms: string[], usedFor?: string[]): Skill => ({
    id,
    title: id,
    kind,
    description: id,
    terms,
    ...(usedFor ? { usedFor } : {}),
  });
  const role = (
    id: string,
    title: string,
    responsibilities: string[],
    skills?: string[],
  ): Role => ({
    id,
    title,
    track: 't',
    level: 'l',
    summary: 'A role.',
    aliases: [],
    responsibilities,
    advancesTo: [],
    ...(skills ? { skills } : {}),
  });
  const kb: KnowledgeBase = {
    ...emptyKnowledgeBase(),
    skills: [
      skill('analytics', 'practice', ['analytics', 'analyze', 'metrics']),
      skill('web-analytics', 'tool', ['GA4'], ['analytics']),
      skill('privacy', 'knowledge', ['GDPR']),
    ],
    roles: [
      role('tagged', 'Events planner', ['Plan events'], ['analytics']),
      role('one-synonym', 'Churn watcher', ['Analyze churn', 'Plan events']),
      role('many-synonyms', 'Stock keeper', [
        'Analyze churn',
        'Analyze returns',
        'Track metrics weekly',
        'Analyze prices',
        'Analyze stock',
      ]),
      role('exact', 'Board reporter', ['Build analytics for the board', 'Plan events']),
      role('in-title', 'Metrics lead', ['Analyze churn', 'Plan events']),
      role('with-tool', 'Campaign runner', ['Analyze churn', 'Run campaigns'], ['web-analytics']),
      role('summary-only', 'Notice writer', ['Write notices'], []),
    ],
  };
  kb.roles[6] = { ...(kb.roles[6] as Role), summary: 'Keeps the GDPR notices current.' };

  it('puts the query in its own words above any number of other terms, and a tag last', () => {
    expect(ids(kb, 'analytics')).toEqual([
      'exact',
      'many-synonyms',
      'in-title',
      'one-synonym',
      // The tool it lists is another skill than the one asked for: no more than one-synonym.
      'with-tool',
      'tagged',
    ]);
  });

  it('falls back to the full text when no role uses the skill named', () => {
    const [hit] = searchRoles(kb, 'gdpr');
    expect(hit?.role.id).toBe('summary-only');
    expect(hit?.matches[0]).toMatchObject({ field: 'summary' });
  });

  it('keeps its weights in the order the ranking promises', () => {
    // A tag never reaches one responsibility naming the skill; the query's own words beat any number of others.
    expect(RANKING.tagged + RANKING.taggedServes).toBeLessThan(RANKING.named);
    expect(RANKING.exact).toBeGreaterThan(RANKING.named / (1 - RANKING.decay));
  });
});
