import { describe, expect, it } from 'vitest';
import { filledTemplate } from '../../helpers/answers.js';
import { tempDir } from '../../helpers/cli.js';
import { runMain, TERMINAL } from '../../helpers/run-main.js';

const [SEO, DMM] = ['seo-specialist', 'digital-marketing-manager'];

describe('career checkin on a narrow terminal', () => {
  it('stacks each question’s answers with both scores in one column, whatever the answers’ lengths', async () => {
    const folder = tempDir();
    const self = await filledTemplate(
      SEO,
      DMM,
      {
        performance: 'consistently',
        tasks: '[1, 3]',
        initiative: 'this-year',
        preparation: '[customers]',
      },
      { folder, name: 'alex.yaml' },
    );
    const manager = await filledTemplate(
      SEO,
      DMM,
      {
        performance: 'usually',
        tasks: '[1, 2]',
        initiative: 'this-year',
        preparation: '[]',
        by: 'Dana',
      },
      { for: 'Alex Kim', folder, name: 'alex-by-dana.yaml' },
    );
    const { stdout, code } = await runMain(['checkin', self, manager, '--no-save'], {
      ...TERMINAL,
      columns: 40,
      env: { NO_COLOR: '1' },
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '  Performance  differ',
        '    Alex Kim  90  consistently',
        '    Dana      65  usually',
        "  The role's tasks  differ",
        '    Alex Kim  50  2 of 4: 1, 3',
        '    Dana      50  2 of 4: 1, 2',
      ].join('\n'),
    );
    expect(stdout).toContain(
      ['    Alex Kim  20  1 of 5: customers', '    Dana       0  none of 5'].join('\n'),
    );
  });
});
