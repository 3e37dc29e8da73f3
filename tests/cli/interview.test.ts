import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInterview } from '../../src/cli/interview.js';
import { type Choice, matches, type Prompter } from '../../src/cli/prompts.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Role } from '../../src/knowledge-base/schema.js';
import { ROOT } from '../helpers/cli.js';

const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);

interface Asked {
  kind: 'search' | 'select' | 'checkbox';
  message: string;
  choices: readonly Choice[];
}

/** A prompter that answers from a script and records what it was asked. */
function scripted(answers: (string | string[])[]): { prompter: Prompter; asked: Asked[] } {
  const asked: Asked[] = [];
  const ask = (kind: Asked['kind'], message: string, choices: readonly Choice[]) => {
    asked.push({ kind, message, choices });
    if (answers.length === 0) throw new Error('asked more questions than scripted');
    return answers.shift() as never;
  };
  return {
    asked,
    prompter: {
      search: async (message, choices) => ask('search', message, choices),
      select: async (message, choices) => ask('select', message, choices),
      checkbox: async (message, choices) => ask('checkbox', message, choices),
    },
  };
}

describe('the quiz interview', () => {
  it('asks for both roles, then every question, one at a time and numbered', async () => {
    const { prompter, asked } = scripted([
      'seo-specialist',
      'digital-marketing-manager',
      'usually',
      ['1', '3'],
      'this-month',
      ['customers'],
    ]);
    const interview = await runInterview(prompter, knowledgeBase, {});
    expect(interview.from.id).toBe('seo-specialist');
    expect(interview.to.id).toBe('digital-marketing-manager');
    expect(interview.raw).toEqual({
      performance: 'usually',
      tasks: [1, 3],
      initiative: 'this-month',
      preparation: ['customers'],
    });
    expect(asked.map((a) => [a.kind, a.message.slice(0, 8)])).toEqual([
      ['search', '(1 of 6)'],
      ['search', '(2 of 6)'],
      ['select', '(3 of 6)'],
      ['checkbox', '(4 of 6)'],
      ['select', '(5 of 6)'],
      ['checkbox', '(6 of 6)'],
    ]);
    expect(asked[3]?.choices.map((c) => c.name)).toEqual(
      (knowledgeBase.roles.find((r) => r.id === 'digital-marketing-manager') as Role)
        .responsibilities,
    );
    expect(asked[5]?.choices.map((c) => c.value)).toEqual([
      'technologies',
      'practices',
      'customers',
      'organization',
      'functions',
    ]);
  });

  it('offers the roles the current one leads to first, and not the current one', async () => {
    const { prompter, asked } = scripted([
      'e-commerce-specialist',
      'e-commerce-product-manager',
      'rarely',
      [],
      'never',
      [],
    ]);
    await runInterview(prompter, knowledgeBase, {});
    const targets = asked[1]?.choices.map((c) => c.value) ?? [];
    expect(targets.slice(0, 2)).toEqual([
      'e-commerce-product-manager',
      'digital-marketing-manager',
    ]);
    expect(targets).not.toContain('e-commerce-specialist');
    expect(targets).toHaveLength(11);
  });

  it('skips the role questions given on the command line and counts only what it asks', async () => {
    const from = knowledgeBase.roles.find((r) => r.id === 'marketing-associate');
    const to = knowledgeBase.roles.find((r) => r.id === 'account-manager');
    const { prompter, asked } = scripted(['exceeds', ['2'], 'never', []]);
    await runInterview(prompter, knowledgeBase, { from, to });
    expect(asked.map((a) => a.message.slice(0, 8))).toEqual([
      '(1 of 4)',
      '(2 of 4)',
      '(3 of 4)',
      '(4 of 4)',
    ]);
  });

  it('filters role choices by any word of their title, id or aliases', () => {
    const choice: Choice = {
      value: 'sem-specialist',
      name: 'SEM specialist',
      keywords: ['PPC specialist'],
    };
    expect(matches(choice, 'ppc')).toBe(true);
    expect(matches(choice, 'sem spec')).toBe(true);
    expect(matches(choice, 'seo')).toBe(false);
  });
});

describe('the interview knows the move', () => {
  it('lists the roles yours leads to first, and marks the others by the kind of move', async () => {
    const { prompter, asked } = scripted(['account-manager', 'usually', [], 'this-month', []]);
    await runInterview(prompter, knowledgeBase, {
      from: knowledgeBase.roles.find((r) => r.id === 'sem-specialist') as Role,
    });
    const choices = asked[0]?.choices ?? [];
    expect(choices.slice(0, 2).map((c) => [c.value, c.description])).toEqual([
      ['digital-marketing-manager', 'Digital marketing · Advanced · a next step'],
      ['account-manager', 'Digital marketing · Advanced · a next step'],
    ]);
    const described = new Map(choices.map((c) => [c.value, c.description]));
    expect(described.get('seo-specialist')).toBe('Digital marketing · Associate · a lateral move');
    expect(described.get('e-commerce-product-manager')).toBe('E-commerce · Advanced · a promotion');
  });

  it('ticks the responsibilities whose skills your role already uses, and says which', async () => {
    const { prompter, asked } = scripted(['usually', ['2'], 'this-month', []]);
    const role = (id: string) => knowledgeBase.roles.find((r) => r.id === id) as Role;
    await runInterview(prompter, knowledgeBase, {
      from: role('digital-marketing-coordinator'),
      to: role('marketing-associate'),
    });
    const tasks = asked.find((a) => a.kind === 'checkbox')?.choices ?? [];
    const ticked = tasks.filter((c) => c.checked);
    expect(ticked.length).toBeGreaterThan(0);
    expect(ticked.length).toBeLessThan(tasks.length);
    for (const choice of ticked) expect(choice.description).toMatch(/^you already use: /);
    // "Assist with ongoing marketing campaigns" is campaign work the coordinator runs today.
    expect(ticked.map((c) => c.name)).toContain('Assist with ongoing marketing campaigns');
  });
});
