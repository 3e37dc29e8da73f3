import { describe, expect, it } from 'vitest';
import { runMain } from '../../helpers/run-main.js';

describe('career search --markdown', () => {
  it('is a section per role, its matches listed with the matching words in bold', async () => {
    const { stdout, stderr, code } = await runMain(['search', 'optimise', '--markdown']);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '# Roles for "optimise"',
      '',
      '## SEO specialist (`seo-specialist`)',
      '',
      '- also known as: Search engine **optimization** specialist',
      '- also known as: Search engine **optimisation** specialist',
      '- responsibility: Develop **optimization** strategies to improve search rankings',
    ]);
    // As many roles as the terminal shows, each at most three matches.
    const text = await runMain(['search', 'optimise'], { stdoutTTY: true });
    const roles = lines.filter((line) => line.startsWith('## '));
    expect(roles).toHaveLength(text.stdout.split('\n\n').length);
    expect(stdout.split('\n\n').every((block) => block.split('\n- ').length <= 4)).toBe(true);
  });

  it('names the skill a match stands for and the work it serves', async () => {
    const { stdout } = await runMain(['search', 'shopify', '--markdown', '--limit', '1']);
    expect(stdout).toMatch(
      /^## .+\n\n- uses E-commerce platforms \(Shopify, .*\) for: .+ \(and \d more\)\n$/m,
    );
  });

  it('prints nothing on stdout when nothing matches, exit 1 and the hint', async () => {
    const { stdout, stderr, code } = await runMain(['search', 'zzzz', '--markdown']);
    expect([stdout, code]).toEqual(['', 1]);
    expect(stderr).toMatch(/^career: nothing matches "zzzz"/);
  });
});
