import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

describe('career init into a folder that is not empty', () => {
  it('refuses one that holds YAML, which --data would load with the starter, and writes nothing', async () => {
    const folder = join(tempDir(), 'onet');
    mkdirSync(join(folder, 'roles'), { recursive: true });
    writeFileSync(join(folder, 'roles', 'management.yaml'), 'roles: []\n');
    const run = await runMain(['init', folder]);
    expect(run.code).toBe(4);
    expect(run.stderr).toBe(
      `career: ${folder} already holds 1 YAML file, which --data would load with the starter; give a new or empty folder; nothing was written\n`,
    );
    expect(readdirSync(folder)).toEqual(['roles']);
  });

  it('writes into an existing folder that holds no YAML (notes, a README)', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'NOTES.md'), '# our ladder\n');
    const run = await runMain(['init', folder]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(existsSync(join(folder, 'roles.yaml'))).toBe(true);
  });
});
