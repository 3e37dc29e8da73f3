import { describe, expect, it } from 'vitest';
import { imperative } from '../../src/text/imperative.js';

describe('imperative', () => {
  it.each([
    ['Writes the runbook for what they ship', 'Write the runbook for what they ship'],
    ["Reviews teammates' code with care", "Review teammates' code with care"],
    ['Applies the style guide', 'Apply the style guide'],
    ['Pushes changes behind a flag', 'Push changes behind a flag'],
    ['Plays a part in hiring', 'Play a part in hiring'],
    ['Has a plan for each quarter', 'Have a plan for each quarter'],
    ['Is responsible for on-call', 'Be responsible for on-call'],
    ['owns a flow', 'own a flow'],
  ])('asks for "%s" as "%s"', (text, asked) => expect(imperative(text)).toBe(asked));

  it.each([
    'Plan and execute digital marketing',
    'Identify, develop, or evaluate marketing strategy',
    'Focus on the checkout',
    'Assess risks',
    'Address customer complaints',
    'Analysis of campaign results',
    'SEO audits of the site',
  ])('leaves "%s" as it is', (text) => expect(imperative(text)).toBe(text));
});
