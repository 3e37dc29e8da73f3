import { describe, expect, it } from 'vitest';
import { filledTemplate } from '../../helpers/answers.js';
import { tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

const [SEO, DMM] = ['seo-specialist', 'digital-marketing-manager'];

/** Both see strong goals and initiative; each counts a different one of the target's tasks, so they share none. */
async function pair() {
  const folder = tempDir();
  const strong = {
    performance: 'exceeds',
    initiative: 'this-month',
    preparation: '[practices, customers, organization, functions, technologies]',
  };
  const self = await filledTemplate(
    SEO,
    DMM,
    { ...strong, tasks: '[1]' },
    { folder, name: 'self.yaml' },
  );
  const manager = await filledTemplate(
    SEO,
    DMM,
    { ...strong, tasks: '[2]', by: 'Dana' },
    { for: 'Alex', folder, name: 'dana.yaml' },
  );
  return { self, manager };
}

describe('a check-in whose shared view a floor holds down', () => {
  it('says which question holds it, and what the verdict its score reaches needs', async () => {
    const { self, manager } = await pair();
    const json = JSON.parse(
      (await runMain(['checkin', self, manager, '--json', '--no-save'])).stdout,
    );
    expect(json.shared.verdict.id).toBe('not-yet');
    expect(json.shared.heldBy).toMatchObject({
      verdict: 'almost',
      questions: [{ question: 'tasks', needs: 25 }],
    });
    const text = (
      await runMain(['checkin', self, manager, '--no-save'], { env: { NO_COLOR: '1' } })
    ).stdout;
    expect(text.replace(/\n/g, ' ')).toContain(
      `Your score reaches Almost there, but "The role's tasks" scores 0 where Almost there needs 25: that is what would lift the verdict.`,
    );
    const agenda = (await runMain(['checkin', self, manager, '--markdown', '--no-save'])).stdout;
    expect(agenda).toContain('Your score reaches Almost there, but');
  });
});
