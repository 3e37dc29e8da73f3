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

/**
 * The check-in the tests use most: Alex Kim, an SEO specialist aiming at
 * digital marketing manager, and Dana, their manager, who agree on
 * initiative only. Both answers files are written in `folder` (a new one by
 * default), as alex.yaml and alex-by-dana.yaml.
 */
export async function alexAndDana(folder = tempDir()) {
  const [from, to] = ['seo-specialist', 'digital-marketing-manager'];
  const self = await filledTemplate(
    from,
    to,
    {
      performance: 'consistently',
      tasks: '[1, 3]',
      initiative: 'this-year',
      preparation: '[customers]',
    },
    { folder, name: 'alex.yaml' },
  );
  const manager = await filledTemplate(
    from,
    to,
    {
      performance: 'usually',
      tasks: '[1, 2]',
      initiative: 'this-year',
      preparation: '[]',
      by: 'Dana',
    },
    { for: 'Alex Kim', folder, name: 'alex-by-dana.yaml' },
  );
  return { self, manager, folder };
}
