import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prompter } from '../../../src/cli/prompts.js';
import { tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

/** Answers each question with the next scripted answer. */
function scripted(answers: (string | string[])[]): Prompter {
  const next = async () => answers.shift() as never;
  return { search: next, select: next, checkbox: next };
}

describe('career quiz, in-process with a prompter and a clock', () => {
  it('takes the answers from the prompter, dates the result by the clock, and saves it', async () => {
    const data = tempDir('career-data-');
    const { stdout, stderr, code } = await runMain(['quiz', '--json'], {
      env: { CAREER_DATA_HOME: data },
      prompter: scripted([
        'seo-specialist',
        'digital-marketing-manager',
        'usually',
        ['1', '3'],
        'this-month',
        ['customers'],
      ]),
      now: () => new Date('2026-01-02T03:04:05Z'),
    });
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      date: '2026-01-02T03:04:05.000Z',
      from: { id: 'seo-specialist' },
      to: { id: 'digital-marketing-manager' },
    });
    const saved = readFileSync(join(data, 'history.jsonl'), 'utf8').trim().split('\n');
    expect(saved.map((line) => JSON.parse(line).date)).toEqual(['2026-01-02T03:04:05.000Z']);
  });
});
