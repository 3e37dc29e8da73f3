import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Readiness, Role } from '../../src/knowledge-base/schema.js';
import { validateAnswers } from '../../src/readiness/answers.js';
import { ROOT } from '../helpers/cli.js';

const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);
const readiness = knowledgeBase.readiness as Readiness;
const manager = knowledgeBase.roles.find((r) => r.id === 'e-commerce-product-manager') as Role;
const check = (raw: Record<string, unknown>) =>
  validateAnswers(raw, readiness, manager, knowledgeBase.preparation);

describe('validating answers', () => {
  it('accepts complete answers, sorting and de-duplicating lists', () => {
    const { answers, problems } = check({
      performance: 'usually',
      tasks: [3, 1, 3],
      initiative: 'never',
      preparation: ['functions', 'technologies'],
    });
    expect(problems).toEqual([]);
    expect(answers).toEqual({
      performance: 'usually',
      tasks: [1, 3],
      initiative: 'never',
      preparation: ['technologies', 'functions'],
    });
  });

  it('accepts empty lists as "none"', () => {
    expect(
      check({ performance: 'rarely', tasks: [], initiative: 'never', preparation: [] }).problems,
    ).toEqual([]);
  });

  it('names every missing answer with its allowed values', () => {
    expect(check({}).problems).toEqual([
      {
        field: 'performance',
        message: 'is missing: one of rarely, sometimes, usually, consistently, exceeds',
      },
      {
        field: 'tasks',
        message:
          'is missing: a list of responsibility numbers from 1 to 4 (the ones you have been given), or [] for none',
      },
      {
        field: 'initiative',
        message: 'is missing: one of never, over-a-year, this-year, this-quarter, this-month',
      },
      {
        field: 'preparation',
        message:
          'is missing: a list of technologies, practices, customers, organization, functions (the ones you have studied), or [] for none',
      },
    ]);
  });

  it('names every wrong answer, with a suggestion for a misspelling', () => {
    const { problems } = check({
      performance: 'usualy',
      tasks: [0, 2, 'x'],
      initiative: 3,
      preparation: 'all',
      extra: true,
    });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'performance: is "usualy" (did you mean "usually"?): must be one of rarely, sometimes, usually, consistently, exceeds',
      'tasks: has 0, "x": must be a list of responsibility numbers from 1 to 4 (the ones you have been given), or [] for none',
      'initiative: is 3: must be one of never, over-a-year, this-year, this-quarter, this-month',
      'preparation: is "all": must be a list of technologies, practices, customers, organization, functions (the ones you have studied), or [] for none',
      'extra: is not a question of this check (questions: performance, tasks, initiative, preparation)',
    ]);
  });
});
