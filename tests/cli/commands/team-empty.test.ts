import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

/** One output rule: an empty result is an empty document, with the exit code the table has. */
describe('career team on a folder with no result', () => {
  it.each(['--json', '--yaml'])(
    '%s prints the empty document and exits 1, as the table does',
    async (flag) => {
      const folder = tempDir();
      writeFileSync(join(folder, 'notes.txt'), 'not a result');
      const table = await runMain(['team', folder]);
      const data = await runMain(['team', folder, flag]);
      expect([table.code, data.code]).toEqual([1, 1]);
      expect(parse(data.stdout)).toEqual({
        members: [],
        skipped: [{ file: 'notes.txt', reason: expect.stringMatching(/^not JSON/) }],
      });
      expect(data.stderr).toMatch(/\ncareer: no quiz or check-in results in /);
    },
  );
});
