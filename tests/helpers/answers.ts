import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { career, tempDir } from './cli.js';

export interface Filled {
  performance: string;
  tasks: string;
  initiative: string;
  preparation: string;
  by?: string;
}

/** Answers of someone who meets their goals and has part of the target's work: the tests' usual person. */
export const USUAL: Filled = {
  performance: 'consistently',
  tasks: '[1, 3]',
  initiative: 'this-year',
  preparation: '[technologies, customers]',
};

/**
 * `career quiz --template` (with `--for` for a manager's file), filled in as
 * a person would, saved in `folder` (a new one by default) as `name`.
 */
export async function filledTemplate(
  from: string,
  to: string,
  answers: Filled,
  options: { for?: string; folder?: string; name?: string } = {},
): Promise<string> {
  const args = ['quiz', '--template', '--from', from, '--to', to];
  if (options.for) args.push('--for', options.for);
  const { stdout, code, stderr } = await career(args);
  expect([code, stderr]).toEqual([0, '']);
  const file = join(options.folder ?? tempDir(), options.name ?? 'answers.yaml');
  writeFileSync(
    file,
    stdout
      .replace(/^by:$/m, `by: ${answers.by ?? ''}`)
      .replace(/^performance:$/m, `performance: ${answers.performance}`)
      .replace(/^tasks:$/m, `tasks: ${answers.tasks}`)
      .replace(/^initiative:$/m, `initiative: ${answers.initiative}`)
      .replace(/^preparation:$/m, `preparation: ${answers.preparation}`),
  );
  return file;
}
