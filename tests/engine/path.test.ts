import { describe, expect, it } from 'vitest';
import { advancementTree, findRoute, startingRoles, step } from '../../src/engine/path.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { KnowledgeBase } from '../../src/knowledge-base/model.js';
import type { Role } from '../../src/knowledge-base/schema.js';
import { MARKETING } from '../helpers/fixtures.js';

const role = (id: string, responsibilities: string[], advancesTo: string[] = []): Role => ({
  id,
  title: id.toUpperCase(),
  track: 't',
  level: 'l',
  summary: 's',
  aliases: [],
  responsibilities,
  advancesTo,
});

/** junior → mid → senior → lead, and a shortcut junior → specialist → lead. */
const ladder: KnowledgeBase = {
  tracks: [],
  levels: [],
  signals: [],
  guidance: [],
  preparation: [],
  sources: [],
  skills: [],
  roleSkills: {},
  roles: [
    role('junior', ['Write reports', 'Run campaigns'], ['mid', 'specialist']),
    role('mid', ['Run campaigns', 'Plan campaigns'], ['senior']),
    role('senior', ['Plan campaigns', 'Lead the team'], ['lead']),
    role('specialist', ['Analyze data'], ['lead']),
    role('lead', ['Lead the team', 'Set the strategy']),
    role('island', ['Work alone']),
  ],
};
const get = (id: string) => ladder.roles.find((r) => r.id === id) as Role;

describe('a step between two roles', () => {
  it('gains the responsibilities with nothing alike before, and fits by the share that carries over', () => {
    const s = step(ladder, get('mid'), get('senior'));
    expect(s.gains).toEqual(['Lead the team']);
    expect(s.fit).toBe(50);
    expect(step(ladder, get('junior'), get('specialist'))).toMatchObject({
      basis: 'responsibilities',
      fit: 0,
      gains: ['Analyze data'],
    });
  });
});

describe('finding a route', () => {
  it('takes the fewest steps', () => {
    expect(
      findRoute(ladder, get('junior'), get('lead'))?.map((s) => `${s.from.id}>${s.to.id}`),
    ).toEqual(['junior>specialist', 'specialist>lead']);
    expect(findRoute(ladder, get('mid'), get('lead'))?.map((s) => s.to.id)).toEqual([
      'senior',
      'lead',
    ]);
  });

  it('finds none backwards, to an unconnected role, or to the same role', () => {
    expect(findRoute(ladder, get('lead'), get('junior'))).toBeUndefined();
    expect(findRoute(ladder, get('junior'), get('island'))).toBeUndefined();
    expect(findRoute(ladder, get('junior'), get('junior'))).toBeUndefined();
  });
});

describe('the advancement graph', () => {
  it('starts at the roles nothing leads to', () => {
    expect(startingRoles(ladder).map((r) => r.id)).toEqual(['junior', 'island']);
  });

  it('grows a tree of every role reachable', () => {
    const tree = advancementTree(ladder, get('junior'));
    const flat = (t: typeof tree, depth = 0): string[] => [
      `${'  '.repeat(depth)}${t.role.id}`,
      ...t.next.flatMap((n) => flat(n.tree, depth + 1)),
    ];
    expect(flat(tree)).toEqual([
      'junior',
      '  mid',
      '    senior',
      '      lead',
      '  specialist',
      '    lead',
    ]);
  });

  it('in a marketing knowledge base, leads every associate role to an advanced one in one step', () => {
    const knowledgeBase = loadKnowledgeBase([MARKETING]);
    const starts = startingRoles(knowledgeBase);
    expect(starts.map((r) => r.level)).toEqual(Array(8).fill('associate'));
    const strategist = knowledgeBase.roles.find((r) => r.id === 'social-media-strategist') as Role;
    const route = findRoute(
      knowledgeBase,
      knowledgeBase.roles.find((r) => r.id === 'social-media-specialist') as Role,
      strategist,
    );
    // Two of three of the strategist's skills are the specialist's already; the new ones are named.
    expect(route?.map((s) => [s.basis, s.fit, s.newSkills.map((skill) => skill.id)])).toEqual([
      ['skills', 67, ['reporting', 'influencer-marketing', 'bi-dashboards']],
    ]);
  });
});
