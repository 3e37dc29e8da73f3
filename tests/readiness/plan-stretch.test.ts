import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleById } from '../../src/engine/graph.js';
import { describeMove } from '../../src/engine/move.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Readiness, Role } from '../../src/knowledge-base/schema.js';
import { buildPlan } from '../../src/readiness/plan.js';
import { ROOT } from '../helpers/cli.js';

// O*NET's marketing occupations over the built-in roles and skills, as `--data` layers them.
const knowledgeBase = loadKnowledgeBase([join(ROOT, 'tests', 'fixtures', 'coach-onet')], {
  base: loadKnowledgeBase([join(ROOT, 'data')]),
});
const role = (id: string) => roleById(knowledgeBase, id) as Role;

describe('the stretch in a plan', () => {
  it('is the first of the target’s work that needs a skill new to you: leading people, for a specialist becoming a manager', () => {
    const move = describeMove(
      knowledgeBase,
      role('search-marketing-strategists'),
      role('marketing-managers'),
    );
    const steps = buildPlan(knowledgeBase, knowledgeBase.readiness as Readiness, move, {
      performance: 'consistently',
      tasks: [],
      initiative: 'this-quarter',
      preparation: [],
    });
    const month = steps.filter((step) => step.by === 30 && step.kind === 'responsibility');
    const stretch = month.find((step) => step.action.includes('hiring'));
    expect(stretch).toMatchObject({
      action:
        'Ask to take on: direct the hiring, training, or performance evaluations of marketing or sales staff and oversee their daily activities.',
      skills: ['people-management'],
    });
    expect(stretch?.deliverable).toMatch(/^a month of mentoring one newer colleague/);
    // "Compile lists…" comes before it in the role's list, but names no skill to build.
    expect(month.map((step) => step.action).join('\n')).not.toContain('compile lists');
  });

  it('comes with the covered work as central as it, and no covered work from further down the list', () => {
    const to = role('marketing-managers');
    const move = describeMove(knowledgeBase, role('search-marketing-strategists'), to);
    const steps = buildPlan(knowledgeBase, knowledgeBase.readiness as Readiness, move, {
      performance: 'consistently',
      tasks: [1, 2, 8, 10, 11],
      initiative: 'this-quarter',
      preparation: [],
    });
    const number = (action: string) =>
      to.responsibilities.findIndex((text) =>
        action.toLowerCase().includes(text.slice(0, 30).toLowerCase()),
      ) + 1;
    const month = steps
      .filter((step) => step.by === 30 && step.kind === 'responsibility')
      .map((step) => number(step.action));
    const stretch =
      to.responsibilities.findIndex((text) => text.startsWith('Direct the hiring')) + 1;
    expect(month).toContain(stretch);
    // With the central work they cover given already, what their skills still cover is "Develop
    // business cases for environmental marketing strategies", a supplemental task near the end
    // of the list: not the first month's work.
    expect(month.every((n) => n > 0 && n <= stretch)).toBe(true);
    const environmental =
      to.responsibilities.findIndex((text) => text.includes('environmental marketing')) + 1;
    expect(environmental).toBeGreaterThan(stretch);
    expect(month).not.toContain(environmental);
  });
});
