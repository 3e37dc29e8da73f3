import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/cli/color.js';
import { renderQuizBrief } from '../../src/cli/render/brief.js';
import { renderQuizResult } from '../../src/cli/render/result.js';
import { compareRoles } from '../../src/engine/compare.js';
import { roleRank } from '../../src/engine/levels.js';
import { describeMove } from '../../src/engine/move.js';
import { findRoute, step } from '../../src/engine/path.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Readiness, Role } from '../../src/knowledge-base/schema.js';
import { quizResult } from '../../src/readiness/result.js';
import { ROOT } from '../helpers/cli.js';

const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);
const readiness = knowledgeBase.readiness as Readiness;
const role = (id: string) => knowledgeBase.roles.find((r) => r.id === id) as Role;
const pairs = knowledgeBase.roles.flatMap((from) =>
  knowledgeBase.roles.filter((to) => to.id !== from.id).map((to) => [from, to] as const),
);

/** What only a promotion may say ("promote products" is marketing, not a move). */
const PROMOTION_WORDS = /\bpromotion|step up|\badvance\b|ready to advance|higher-level/i;

describe('the kind of a move', () => {
  it('follows the levels and the edges for all 132 ordered pairs of built-in roles', () => {
    expect(pairs).toHaveLength(132);
    for (const [from, to] of pairs) {
      const move = describeMove(knowledgeBase, from, to);
      const up = roleRank(knowledgeBase, to) - roleRank(knowledgeBase, from);
      expect(move.kind).toBe(up > 0 ? 'promotion' : up === 0 ? 'lateral' : 'step-down');
      expect(move.crossTrack).toBe(from.track !== to.track);
      // The quiz's route is path's route.
      expect(move.route?.map((s) => s.to.id) ?? null).toEqual(
        findRoute(knowledgeBase, from, to)?.map((s) => s.to.id) ?? null,
      );
      if (from.advancesTo.includes(to.id)) expect(move.route?.map((s) => s.to.id)).toEqual([to.id]);
      // A nearest route is offered only when there is no route, and ends at the target.
      if (move.nearest) {
        expect(move.route).toBeNull();
        expect(move.nearest.at(-1)?.to.id).toBe(to.id);
      }
    }
  });

  it('never speaks of a promotion for a lateral move or a step down, in the result or the brief', () => {
    const answerSets = [
      { performance: 'sometimes', tasks: [], initiative: 'never', preparation: [] },
      {
        performance: 'exceeds',
        tasks: [1, 2, 3, 4],
        initiative: 'this-month',
        preparation: knowledgeBase.preparation.map((p) => p.id),
      },
    ];
    let checked = 0;
    for (const [from, to] of pairs) {
      for (const answers of answerSets) {
        const result = quizResult(knowledgeBase, readiness, from, to, answers, {
          date: new Date('2026-11-30T12:00:00Z'),
          digest: 'sha256:0000000000000000',
        });
        const text = renderQuizResult(result, plain, 80) + renderQuizBrief(knowledgeBase, result);
        if (result.move.kind === 'promotion') {
          expect(text).toMatch(/A promotion/);
        } else {
          expect(text, `${from.id} → ${to.id}`).not.toMatch(PROMOTION_WORDS);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('says a move with no route has none, and shows the nearest route path gives', () => {
    const result = quizResult(
      knowledgeBase,
      readiness,
      role('marketing-associate'),
      role('e-commerce-product-manager'),
      { performance: 'usually', tasks: [], initiative: 'this-year', preparation: [] },
      { date: new Date('2026-11-30T12:00:00Z'), digest: 'sha256:0000000000000000' },
    );
    expect(result.move).toMatchObject({ kind: 'promotion', crossTrack: true, route: null });
    expect(result.move.nearest).toEqual([
      'marketing-associate',
      'e-commerce-analyst',
      'e-commerce-product-manager',
    ]);
    expect(result.move.summary[1]).toBe(
      'No advancement route leads from Marketing associate to E-commerce product manager. The nearest: Marketing associate → E-commerce analyst → E-commerce product manager (career path marketing-associate --to e-commerce-product-manager).',
    );
    // A cross-track move says so, from the tracks' own words.
    expect(result.move.summary[2]).toMatch(
      /^The work changes: a digital marketer's responsibility is to drive traffic/,
    );
    expect(result.plan.at(-1)?.action).toContain(
      'ask your manager about a move to E-commerce analyst first',
    );
  });
});

describe('matching on skills', () => {
  it('gives every natural promotion a fit above 0, on skills', () => {
    for (const from of knowledgeBase.roles) {
      for (const id of from.advancesTo) {
        const s = step(knowledgeBase, from, role(id));
        expect(s.basis).toBe('skills');
        expect(s.fit, `${from.id} → ${id}`).toBeGreaterThan(0);
      }
    }
    expect(
      step(knowledgeBase, role('seo-specialist'), role('digital-marketing-manager')).fit,
    ).toBeGreaterThan(0);
  });

  it('has the two advanced roles of the two tracks share their analytics and conversion work', () => {
    const c = compareRoles(
      knowledgeBase,
      role('digital-marketing-manager'),
      role('e-commerce-product-manager'),
    );
    expect(c.sharedSkills.map((use) => use.skill.id)).toEqual(
      expect.arrayContaining(['analytics', 'conversion-optimization', 'customer-experience']),
    );
  });

  it('does not pair work that only shares its topic: collaborating on campaigns is not measuring them', () => {
    const c = compareRoles(
      knowledgeBase,
      role('social-media-specialist'),
      role('social-media-strategist'),
    );
    expect(c.shared.map((p) => [p.a, p.b])).not.toContainEqual([
      'Collaborate with sales and marketing teams on social media campaigns',
      'Measure the success of social media campaigns',
    ]);
  });

  it('gives every built-in role at least three tools', () => {
    for (const r of knowledgeBase.roles) {
      const tools = knowledgeBase.roleSkills[r.id]?.filter(
        (entry) => knowledgeBase.skills.find((s) => s.id === entry.skill)?.kind === 'tool',
      );
      expect(tools?.length, r.id).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('pairing responsibilities by the work they share', () => {
  const pairsOf = (a: string, b: string) =>
    compareRoles(knowledgeBase, role(a), role(b)).shared.map((p) => [p.a, p.b]);

  it('pairs the same work done in two channels', () => {
    expect(pairsOf('seo-specialist', 'sem-specialist')).toContainEqual([
      'Monitor metrics to understand SEO performance',
      'Monitor metrics to optimize paid search performance',
    ]);
    expect(pairsOf('marketing-associate', 'e-commerce-analyst')).toContainEqual([
      'Collect and analyze customer behavior metrics, such as web traffic and search rankings',
      'Monitor and analyze e-commerce metrics',
    ]);
  });

  it('pairs the metrics work of the social media specialist and strategist, not their topic', () => {
    expect(pairsOf('social-media-specialist', 'social-media-strategist')).toContainEqual([
      'Monitor metrics in social media campaigns for customer engagement and content optimization insights',
      'Monitor and analyze metrics to recommend effective content optimization solutions',
    ]);
  });
});
