import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, ROOT, tempDir } from '../helpers/cli.js';

/** Issue 11, point 4: `show --yaml` prints a file `--data` loads as it is. */
describe('show --yaml → validate → show --json', () => {
  it('gives back the same record for every built-in role', async () => {
    const ids = JSON.parse((await career(['list', '--json'])).stdout).map(
      (role: { id: string }) => role.id,
    );
    expect(ids.length).toBeGreaterThan(10);
    const yaml = await career(['show', ...ids, '--yaml']);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toMatch(/^roles:\n/);
    expect(yaml.stdout).not.toContain('reachedFrom');
    const file = join(tempDir(), 'roles.yaml');
    writeFileSync(file, yaml.stdout);

    const valid = await career(['validate', file]);
    expect(valid.stdout).toBe(
      `valid: 1 file, ${ids.length} roles, 0 tracks, 14 advancement edges\n`,
    );
    expect(valid.code).toBe(0);

    const before = JSON.parse((await career(['show', ...ids, '--json'])).stdout);
    const after = JSON.parse((await career(['--data', file, 'show', ...ids, '--json'])).stdout);
    expect(after).toEqual(before);
  });

  it('one role is a roles: list too, and themes and examples come back as written', async () => {
    const ladder = join(ROOT, 'tests', 'fixtures', 'ladder-kb');
    const yaml = await career(['--no-builtin', '--data', ladder, 'show', 'backend-l2', '--yaml']);
    expect(yaml.stdout).toContain(
      [
        'roles:',
        '  - id: backend-l2',
        '    title: Backend Engineer L2',
        '    track: backend',
        '    level: b2',
        '    summary: Owns features end to end within a service.',
        '    responsibilities:',
        '      - text: Designs and delivers features across a whole service',
        '        theme: Craft',
        '        examples:',
        '          - Splits a feature into safe, reviewable changes',
      ].join('\n'),
    );
    const file = join(tempDir(), 'l2.yaml');
    writeFileSync(file, yaml.stdout);
    const before = JSON.parse(
      (await career(['--no-builtin', '--data', ladder, 'show', 'backend-l2', '--json'])).stdout,
    );
    const after = JSON.parse(
      (
        await career([
          '--no-builtin',
          '--data',
          ladder,
          '--data',
          file,
          'show',
          'backend-l2',
          '--json',
        ])
      ).stdout,
    );
    expect(after).toEqual(before);
  });
});
