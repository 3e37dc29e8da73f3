import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Choice, Prompter } from '../../../src/cli/prompts.js';
import { ROOT, tempDir } from '../../helpers/cli.js';
import { writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

/** Issue 11, point 3: in the interactive quiz, a name several roles answer to is a choice. */
describe('career quiz --to NAME, where NAME is several roles', () => {
  it('asks which one, offering each with its track and level, then quizzes that one', async () => {
    const ladder = join(ROOT, 'tests', 'fixtures', 'ladder-kb');
    const shared = writeTree({
      'staff.yaml': `roles:
  - id: backend-staff
    title: Staff engineer
    track: backend
    level: b3
    summary: A second role on the backend L3 rung.
    responsibilities: [Sets the technical direction of several teams]
  - id: design-staff
    title: Design staff lead
    aliases: [Staff engineer]
    track: design
    level: senior
    summary: A design role that answers to the same name.
    responsibilities: [Sets the design direction of several teams]
`,
    });
    const asked: { message: string; choices: readonly Choice[] }[] = [];
    const answers: (string | string[])[] = ['design-staff', 'usually', [], 'never'];
    const prompter: Prompter = {
      search: async () => 'design-junior',
      select: async (message, choices) => {
        asked.push({ message, choices });
        return answers.shift() as string;
      },
      checkbox: async () => answers.shift() as string[],
    };
    const { stdout, stderr, code } = await runMain(
      [
        '--no-builtin',
        '--data',
        ladder,
        '--data',
        shared,
        'quiz',
        '--to',
        'Staff engineer',
        '--json',
        '--no-save',
      ],
      { env: { CAREER_DATA_HOME: tempDir() }, prompter },
    );
    expect([code, stderr]).toEqual([0, '']);
    expect(asked[0]?.message).toBe('"Staff engineer" (--to) names 2 roles: which one?');
    expect(asked[0]?.choices.map((c) => c.name)).toEqual([
      'backend-staff  Staff engineer (Backend Engineering · L3)',
      'design-staff  Design staff lead (Product Design · Senior)',
    ]);
    expect(JSON.parse(stdout).to.id).toBe('design-staff');
  });
});
