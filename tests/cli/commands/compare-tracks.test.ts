import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

const ONET = ['--data', join(ROOT, 'tests', 'fixtures', 'coach-onet')];

describe('career compare, for roles in tracks the data does not describe', () => {
  it.each([[[]], [['--markdown']]])(
    'leaves out "Different tracks" rather than print "no description given" twice (%j)',
    async (format) => {
      const { stdout, stderr, code } = await runMain([
        ...ONET,
        'compare',
        'search-marketing-strategists',
        'marketing-managers',
        ...format,
      ]);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).not.toContain('no description given');
      expect(stdout).not.toContain('Different tracks');
      // The tracks are still named, once each, in the Track row.
      expect(stdout).toMatch(/Track\W+Business and Financial Operations\W+Management/);
    },
  );

  it('still says what each track is for when the data does (the built-in tracks)', async () => {
    const { stdout } = await runMain(['compare', 'e-commerce-analyst', 'marketing-associate']);
    expect(stdout).toContain('Different tracks');
    expect(stdout).toContain('E-commerce: Facilitate customer purchases');
  });
});
