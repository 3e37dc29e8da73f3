import { describe, expect, it } from 'vitest';
import { alexAndDana } from '../../helpers/answers.js';
import { runMain, TERMINAL } from '../../helpers/run-main.js';

describe('career checkin on a narrow terminal', () => {
  it('stacks each question’s answers with both scores in one column, whatever the answers’ lengths', async () => {
    const { self, manager } = await alexAndDana();
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
