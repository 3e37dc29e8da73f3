import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Readiness, Role } from '../../src/knowledge-base/schema.js';
import type { Answers } from '../../src/readiness/answers.js';
import { buildPlan } from '../../src/readiness/plan.js';
import { assess } from '../../src/readiness/score.js';
import { ROOT } from '../helpers/cli.js';

const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);
const readiness = knowledgeBase.readiness as Readiness;
const role = (id: string) => knowledgeBase.roles.find((r) => r.id === id) as Role;

function plan(from: string, to: string, answers: Answers) {
  const assessment = assess(readiness, role(to), knowledgeBase.preparation, answers);
  return buildPlan(knowledgeBase, readiness, role(from), role(to), answers, assessment);
}

describe('the plan', () => {
  it('gives one step per gap, in the order of the questions, then the verdict’s guidance', () => {
    const steps = plan('seo-specialist', 'digital-marketing-manager', {
      performance: 'consistently',
      tasks: [1, 3],
      initiative: 'this-year',
      preparation: ['technologies', 'customers'],
    });
    expect(steps.map((s) => [s.kind, s.question ?? s.topic])).toEqual([
      ['responsibility', 'tasks'],
      ['responsibility', 'tasks'],
      ['advice', 'initiative'],
      ['preparation', 'preparation'],
      ['preparation', 'preparation'],
      ['preparation', 'preparation'],
      ['guidance', 'understand-the-role'],
    ]);
    expect(steps[0]?.text).toBe(
      'Ask to take on: measure and report performance and return on investment (ROI) for digital marketing',
    );
    expect(steps[3]?.text).toBe(
      'Study: the marketing processes and best practices that apply to your role.',
    );
  });

  it('names the A/B tests when they are not yet yours, as a person would ask for them', () => {
    const steps = plan('seo-specialist', 'digital-marketing-manager', {
      performance: 'exceeds',
      tasks: [1, 2, 4],
      initiative: 'this-month',
      preparation: [],
    });
    expect(steps[0]?.text).toBe(
      'Ask to take on: plan, execute and evaluate A/B tests and experiments',
    );
  });

  it('advises on performance below the gap threshold and not above it', () => {
    const low = plan('seo-specialist', 'digital-marketing-manager', {
      performance: 'usually',
      tasks: [1, 2, 3, 4],
      initiative: 'this-month',
      preparation: knowledgeBase.preparation.map((p) => p.id),
    });
    expect(low.filter((s) => s.kind === 'advice').map((s) => s.question)).toEqual(['performance']);
    const high = plan('seo-specialist', 'digital-marketing-manager', {
      performance: 'consistently',
      tasks: [1, 2, 3, 4],
      initiative: 'this-quarter',
      preparation: knowledgeBase.preparation.map((p) => p.id),
    });
    expect(high.filter((s) => s.kind !== 'guidance')).toEqual([]);
    expect(high.map((s) => s.topic)).toEqual(['best-fit']);
  });

  it('steps back and weighs the move when the verdict is "Not yet", and explains the tracks on a change of track', () => {
    const steps = plan('e-commerce-analyst', 'digital-marketing-manager', {
      performance: 'rarely',
      tasks: [],
      initiative: 'never',
      preparation: [],
    });
    expect(steps.filter((s) => s.kind === 'guidance').map((s) => s.topic)).toEqual([
      'know-what-you-are-getting-into',
      'understand-the-role',
      'marketer-or-manager',
    ]);
    expect(steps.at(-1)?.text).toBe(
      'Digital marketer or e-commerce manager? The line between the two roles is often blurred, but their responsibilities differ.',
    );
    expect(steps.filter((s) => s.kind === 'responsibility')).toHaveLength(4);
    expect(steps.filter((s) => s.kind === 'preparation')).toHaveLength(5);
  });
});
