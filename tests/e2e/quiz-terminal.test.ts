import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT, tempDir } from '../helpers/cli.js';

/** What to wait for on the screen, then the keys to press. */
type Step = [RegExp, string];

/**
 * Runs the built quiz in a pseudo-terminal (util-linux `script`) and plays
 * the keys of each step once its text is on the screen, as a person would.
 * Returns the whole screen and the exit status.
 */
function playQuiz(args: string[], steps: Step[], env: Record<string, string>) {
  return new Promise<{ screen: string; code: number | null }>((resolve, reject) => {
    const command = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qec', `stty cols 100 rows 50; ${command}`, '/dev/null'], {
      cwd: ROOT,
      env: cleanEnv(env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let next = 0;
    let seenUpTo = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`stuck before step ${next + 1}; the screen:\n${screen}`));
    }, 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      screen += chunk;
      const step = steps[next];
      if (step?.[0].test(screen.slice(seenUpTo))) {
        seenUpTo = screen.length;
        next += 1;
        child.stdin.write(step[1]);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ screen, code });
    });
  });
}

describe('the interactive quiz, through the real prompt library', () => {
  it('asks six questions on a terminal, takes keys, prints the verdict and saves it', async () => {
    const data = tempDir('career-data-');
    const { screen, code } = await playQuiz(
      ['quiz', '--no-color'],
      [
        // A search: type, wait until the list has narrowed to the role, pick it.
        [/\(1 of 6\)/, 'seo spec'],
        [/❯ SEO specialist/, '\r'],
        // The roles it leads to come first: take the first.
        [/\(2 of 6\)/, '\r'],
        [/\(3 of 6\)/, '\r'],
        // A checkbox: tick the first, then confirm.
        [/\(4 of 6\)/, ' '],
        [/◉|\[x\]|✔|◼/, '\r'],
        [/\(5 of 6\)/, '\r'],
        [/\(6 of 6\)/, '\r'],
      ],
      { CAREER_DATA_HOME: data },
    );
    expect(code).toBe(0);
    expect(screen).toMatch(/Saved\. See your progress with: career history/);
    const saved = readFileSync(join(data, 'history.jsonl'), 'utf8').trim().split('\n');
    expect(saved).toHaveLength(1);
    expect(JSON.parse(saved[0] as string)).toMatchObject({ from: 'seo-specialist' });
  });
});
