import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeMove } from '../../src/engine/move.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Readiness, Role } from '../../src/knowledge-base/schema.js';
import type { Answers } from '../../src/readiness/answers.js';
import { buildPlan, FIRST_MONTH_STEPS } from '../../src/readiness/plan.js';
import { ROOT } from '../helpers/cli.js';

const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);
const readiness = knowledgeBase.readiness as Readiness;
const role = (id: string) => knowledgeBase.roles.find((r) => r.id === id) as Role;

function plan(from: string, to: string, answers: Answers) {
  return buildPlan(
    knowledgeBase,
    readiness,
    describeMove(knowledgeBase, role(from), role(to)),
    answers,
  );
}

const allPreparation = knowledgeBase.preparation.map((p) => p.id);

describe('the plan', () => {
  it('with goals well missed, is only that: goals, one ask once they are met, a review', () => {
    const steps = plan('seo-specialist', 'digital-marketing-manager', {
      performance: 'sometimes',
      tasks: [],
      initiative: 'never',
      preparation: [],
    });
    expect(steps.map((s) => [s.by, s.kind])).toEqual([
      [30, 'performance'],
      [60, 'responsibility'],
      [90, 'move'],
    ]);
    expect(steps[1]?.action).toMatch(
      /^Once your goals are met two months running, ask to take on: /,
    );
    expect(steps[2]?.action).toMatch(/^Review your goals with your manager\./);
    expect(steps.map((s) => s.action).join(' ')).not.toMatch(/make the case/);
  });

  it('with goals nearly met, asks for none of the new role’s work in the first month', () => {
    const steps = plan('seo-specialist', 'digital-marketing-manager', {
      performance: 'usually',
      tasks: [],
      initiative: 'never',
      preparation: [],
    });
    expect(steps[0]).toMatchObject({ by: 30, kind: 'performance', question: 'performance' });
    expect(steps.filter((s) => s.by === 30).map((s) => s.kind)).toEqual(['performance', 'tools']);
    const asks = steps.filter((s) => s.kind === 'responsibility' || s.kind === 'initiative');
    expect(asks.length).toBeGreaterThan(0);
    for (const step of asks) {
      expect(step.by).toBe(60);
      expect(step.action).toMatch(/^Once your goals are met, /);
    }
    expect(steps.at(-1)).toMatchObject({ by: 90, kind: 'move' });
    expect(steps.at(-1)?.action).toContain('make the case for the promotion');
  });

  it('names the target’s tools you do not use yet, and the certificate to start with', () => {
    const steps = plan('seo-specialist', 'digital-marketing-manager', {
      performance: 'exceeds',
      tasks: [2, 4],
      initiative: 'this-month',
      preparation: ['practices', 'customers', 'organization', 'functions'],
    });
    const tools = steps.find((s) => s.kind === 'tools');
    expect(tools?.action).toContain('Search ad platforms (Google Ads, Microsoft Advertising)');
    expect(tools?.action).toContain('Experimentation tools (Optimizely, VWO, AB Tasty)');
    // The SEO specialist already uses web analytics: it is not new.
    expect(tools?.action).not.toContain('Google Analytics');
    expect(tools?.deliverable).toBe('the Google Ads Search certification (Google Skillshop, free)');
    // Studying "technologies" when the tools step names them would say the same thing twice.
    expect(steps.filter((s) => s.kind === 'preparation')).toEqual([]);
    // Running email campaigns (responsibility 1), you use an email platform: it is not new.
    const given = plan('seo-specialist', 'digital-marketing-manager', {
      performance: 'exceeds',
      tasks: [1, 2, 4],
      initiative: 'this-month',
      preparation: [],
    }).find((s) => s.kind === 'tools');
    expect(given?.action).not.toContain('Mailchimp');
    expect(given?.action).toContain('Optimizely');
  });

  it('turns an A/B-test responsibility into a test to run and a report to show', () => {
    const steps = plan('seo-specialist', 'digital-marketing-manager', {
      performance: 'exceeds',
      tasks: [1, 2, 4],
      initiative: 'this-month',
      preparation: allPreparation,
    });
    const abTest = steps.find((s) => s.kind === 'responsibility');
    expect(abTest).toMatchObject({
      action: 'Ask to take on: plan, execute and evaluate A/B tests and experiments.',
      deliverable: 'one landing-page A/B test, from hypothesis to result',
      evidence: 'the test report with the lift and its confidence, shared with your manager',
      skills: ['experimentation'],
    });
  });

  it('asks for more work by naming the first responsibility, once, not twice', () => {
    const steps = plan('social-media-specialist', 'social-media-strategist', {
      performance: 'consistently',
      tasks: [],
      initiative: 'never',
      preparation: allPreparation,
    });
    const asked = steps.find((s) => s.kind === 'initiative');
    expect(asked?.by).toBe(30);
    const named = asked?.action.match(/Ask for this: (.*)\.$/)?.[1] ?? '';
    expect(named).not.toBe('');
    const repeated = steps.filter(
      (s) => s.kind === 'responsibility' && s.action.toLowerCase().includes(named.toLowerCase()),
    );
    expect(repeated).toEqual([]);
  });

  it('holds at most five steps in the first month, each with an action, a deliverable and evidence, for every move', () => {
    const answerSets: Answers[] = [
      { performance: 'rarely', tasks: [], initiative: 'never', preparation: [] },
      { performance: 'consistently', tasks: [], initiative: 'never', preparation: [] },
      { performance: 'exceeds', tasks: [1], initiative: 'this-month', preparation: allPreparation },
    ];
    for (const from of knowledgeBase.roles) {
      for (const to of knowledgeBase.roles) {
        if (from.id === to.id) continue;
        for (const answers of answerSets) {
          const steps = plan(from.id, to.id, answers);
          expect(steps.filter((s) => s.by === 30).length).toBeLessThanOrEqual(FIRST_MONTH_STEPS);
          expect(steps.map((s) => s.by)).toEqual([...steps.map((s) => s.by)].sort((a, b) => a - b));
          const deliverables = steps.map((s) => s.deliverable);
          expect(new Set(deliverables).size, `${from.id} → ${to.id}`).toBe(deliverables.length);
          for (const step of steps) {
            expect(step.action).toMatch(/\.$/);
            expect(step.deliverable.length).toBeGreaterThan(10);
            expect(step.evidence.length).toBeGreaterThan(10);
          }
          if (answers.performance === 'rarely')
            expect(steps.filter((s) => s.by === 30 && s.kind === 'responsibility')).toEqual([]);
        }
      }
    }
  });
});
