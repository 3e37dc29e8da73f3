import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careerWithin } from '../helpers/bounded.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const LADDER = join(ROOT, 'tests', 'fixtures', 'ladder.yaml');

/** A --data folder holding the ladder fixture (3 roles), and its parent for company. */
function folder() {
  const parent = tempDir('career-links-');
  const data = join(parent, 'kb');
  mkdirSync(data);
  cpSync(LADDER, join(data, 'ladder.yaml'));
  return { parent, data };
}

const VALID = 'valid: 1 file, 3 roles, 1 track, 2 advancement edges\n';

describe('links in a --data folder', () => {
  it('ends on a loop of links to the folder itself, reading each file once', () => {
    const { data } = folder();
    symlinkSync('.', join(data, 'a'));
    symlinkSync('.', join(data, 'b'));
    const { code, stdout, stderr } = careerWithin(30, ['validate', data]);
    expect(stderr).toBe('');
    expect(stdout).toBe(VALID);
    expect(code).toBe(0);
  });

  it('loads the files once through a link to the folder itself: no duplicate ids', () => {
    const { data } = folder();
    symlinkSync('.', join(data, 'self'));
    const validate = careerWithin(30, ['validate', data]);
    expect(validate.stdout).toBe(VALID);
    expect(validate.code).toBe(0);
    const list = careerWithin(30, ['--no-builtin', '--data', data, 'list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(3);
  });

  it('follows a link to a folder elsewhere, once however many links lead to it', () => {
    const { parent, data } = folder();
    const shared = join(parent, 'shared');
    mkdirSync(shared);
    writeFileSync(
      join(shared, 'more.yaml'),
      'roles:\n  - id: extra-analyst\n    title: Extra analyst\n    track: analytics\n    level: junior\n    summary: Helps.\n    responsibilities: [Help]\n',
    );
    symlinkSync('../shared', join(data, 'one'));
    symlinkSync('../shared', join(data, 'two'));
    // And a link from there back up: a loop through two folders.
    symlinkSync('../kb', join(shared, 'back'));
    const { code, stdout } = careerWithin(30, ['--no-builtin', '--data', data, 'list', '--json']);
    expect(code).toBe(0);
    expect(
      JSON.parse(stdout)
        .map((r: { id: string }) => r.id)
        .sort(),
    ).toEqual(['analyst', 'extra-analyst', 'junior-analyst', 'lead-analyst']);
  });

  it('names a file by its own path when a link also leads to its folder', () => {
    const { data } = folder();
    mkdirSync(join(data, 'real'));
    writeFileSync(join(data, 'real', 'broken.yaml'), 'roles: 3\n');
    // Sorted first, and read after the real folder all the same.
    symlinkSync('real', join(data, 'a-link'));
    const { code, stdout } = careerWithin(30, ['validate', data]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${join(data, 'real', 'broken.yaml')}:1:8: roles: must be a list, not number 3\n`,
    );
  });
});
