import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * The built-in skills' terms read on other people's words: O*NET tasks
 * (tests/fixtures/coach-onet). A term a task uses in another sense gives a
 * role a skill it does not have, and the quiz a deliverable that has
 * nothing to do with the work.
 */
const skillsOf = async (role: string) => {
  const run = await runMain([
    '--data',
    join(ROOT, 'tests', 'fixtures', 'coach-onet'),
    'skills',
    role,
    '--json',
  ]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout).skills as { id: string }[]).map((skill) => skill.id);
};

describe('the skills a task names', () => {
  it('does not read "operation of merchandise" as running an online business', async () => {
    // Retail Salespersons: "Demonstrate use or operation of merchandise."
    expect(await skillsOf('retail-salespersons')).not.toContain('e-commerce');
  });

  it('reads "requirements" as product work only when they are a product\'s', async () => {
    // First-Line Supervisors of Retail Sales Workers: "… according to profitability requirements".
    expect(await skillsOf('first-line-supervisors-of-retail-sales-workers')).not.toContain(
      'product-management',
    );
    // Search Marketing Strategists: "Define product requirements, based on market research …".
    expect(await skillsOf('search-marketing-strategists')).toContain('product-management');
  });
});
