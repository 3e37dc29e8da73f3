import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filledTemplate, USUAL } from '../helpers/answers.js';
import { career, tempDir } from '../helpers/cli.js';

/** A fresh data folder, so each test has its own history. */
const home = () => ({ CAREER_DATA_HOME: join(tempDir(), 'data') });

/** `career quiz --template`, filled in as the tests' usual person would, saved in a new folder. */
const filled = (to: string, from = 'seo-specialist') => filledTemplate(from, to, USUAL);

/** `FILE:LINE:1`, where the line starting with `key:` stands: the template's comments may grow. */
function at(file: string, key: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  return `${file}:${lines.findIndex((line) => line.startsWith(`${key}:`)) + 1}:1`;
}

describe('an answers file written for one target', () => {
  it('records the role it answers, and filled in is scored and saved', async () => {
    const file = await filled('digital-marketing-manager');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^to: digital-marketing-manager\n(#.*\n)*fingerprint: digital-marketing-manager@[0-9a-f]{12}\n/m,
    );
    const env = home();
    const { stdout, stderr, code } = await career(['quiz', '--answers', file, '--json'], { env });
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout);
    expect([result.from.id, result.to.id]).toEqual(['seo-specialist', 'digital-marketing-manager']);
    // The fingerprint says what the file answers; it is not an answer.
    expect(Object.keys(result.answers)).not.toContain('fingerprint');
    expect(existsSync(join(env.CAREER_DATA_HOME, 'history.jsonl'))).toBe(true);
  });

  it('is refused for another target given with --to: exit 2, one line, nothing saved', async () => {
    const file = await filled('digital-marketing-manager');
    const env = home();
    const { stdout, stderr, code } = await career(
      ['quiz', '--answers', file, '--to', 'account-manager'],
      { env },
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `career: ${at(file, 'to')}: to: is digital-marketing-manager, but --to is account-manager, and the tasks number the responsibilities of digital-marketing-manager: drop --to, or get a fresh template with: career quiz --template --from seo-specialist --to account-manager > answers-account-manager.yaml\n`,
    );
    expect(existsSync(env.CAREER_DATA_HOME)).toBe(false);
  });

  it('is refused when --from differs from the file’s from', async () => {
    const file = await filled('digital-marketing-manager');
    const { stderr, code } = await career(['quiz', '--answers', file, '--from', 'sem']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `career: ${at(file, 'from')}: from: is seo-specialist, but --from is sem-specialist: drop --from, or get a fresh template with: career quiz --template --from sem-specialist --to digital-marketing-manager > answers-digital-marketing-manager.yaml\n`,
    );
  });

  it('is refused when its to: is edited and the tasks were written for the old target', async () => {
    const file = await filled('digital-marketing-manager');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^to: .*$/m, 'to: Account manager'));
    const env = home();
    const { stdout, stderr, code } = await career(['quiz', '--answers', file], { env });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      `career: ${at(file, 'to')}: to: is account-manager, but the tasks were written for digital-marketing-manager (4 responsibilities): get a fresh template with: career quiz --template --from seo-specialist --to account-manager > answers-account-manager.yaml\n`,
    );
    expect(existsSync(env.CAREER_DATA_HOME)).toBe(false);
  });

  it('is refused once the knowledge base has changed the target’s responsibilities', async () => {
    const file = await filled('digital-marketing-manager');
    const data = join(tempDir(), 'manager.yaml');
    const { stdout: shown } = await career(['show', 'digital-marketing-manager', '--json']);
    const manager = JSON.parse(shown);
    writeFileSync(
      data,
      `roles:\n  - ${JSON.stringify({
        id: manager.id,
        title: manager.title,
        track: manager.track,
        level: manager.level,
        summary: manager.summary,
        responsibilities: [...manager.responsibilities, 'Own the marketing budget'],
        advancesTo: manager.advancesTo,
      })}\n`,
    );
    const { stderr, code } = await career(['--data', data, 'quiz', '--answers', file]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `career: ${at(file, 'fingerprint')}: the tasks were written for another version of the responsibilities of digital-marketing-manager (they have changed since the template was made): get a fresh template with: career quiz --template --from seo-specialist --to digital-marketing-manager > answers-digital-marketing-manager.yaml\n`,
    );
  });
});

describe('an answers file that is not answers', () => {
  it('reports an alias bomb on stdin in one line with exit 2, never a stack', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      lines.push(
        `${name}: &${name} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    }
    lines.push('performance: *j');
    const { stdout, stderr, code } = await career(['quiz', '--answers', '-'], {
      input: lines.join('\n'),
      env: home(),
    });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      'career: <stdin>:7:16: invalid YAML: too many aliases: what they repeat would grow the document by more than 16 MiB, the most one file may hold (an "alias bomb")\n',
    );
  });
});
