import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, tempDir } from '../helpers/cli.js';

/** Issue 11, point 2: `career init --ladder` writes a ladder that runs on its own. */
describe('career init --ladder', () => {
  it('writes a ladder with its own readiness check, that validates and runs the quiz alone', async () => {
    const dir = join(tempDir(), 'ladder');
    const init = await career(['init', '--ladder', dir]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('ladder.yaml');

    const valid = await career(['--no-builtin', 'validate', dir]);
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(0);

    const template = await career([
      '--no-builtin',
      '--data',
      dir,
      'quiz',
      '--template',
      '--from',
      'engineer-1',
      '--to',
      'engineer-2',
    ]);
    expect(template.code).toBe(0);
    expect(template.stdout).toContain(
      'The expectations of Engineer 2: list the numbers of those you have shown',
    );

    const quiz = await career(
      ['--no-builtin', '--data', dir, 'quiz', '--answers', '-', '--no-save'],
      {
        input:
          'from: engineer-1\nto: engineer-2\nperformance: always\ntasks: [1, 2]\ninitiative: this-quarter\n',
      },
    );
    expect(quiz.stderr).toBe('');
    expect(quiz.code).toBe(0);
    expect(quiz.stdout).toContain('Ready now · 100/100');
    expect(quiz.stdout.replace(/\s+/g, ' ')).toContain('2 of the 2 expectations of Engineer 2');
  });
});
