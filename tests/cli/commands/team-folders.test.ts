import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filledTemplate, USUAL } from '../../helpers/answers.js';
import { tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

/** A quiz result as `career quiz --answers FILE --json` writes it, on the given day. */
async function result(day: string): Promise<string> {
  const answers = await filledTemplate('seo-specialist', 'digital-marketing-manager', USUAL);
  const { stdout, code } = await runMain(['quiz', '--answers', answers, '--json', '--no-save'], {
    now: () => new Date(`${day}T09:00:00Z`),
  });
  expect(code).toBe(0);
  return stdout;
}

describe('career team with a folder per person', () => {
  it('reads the results in each person’s folder, the folder naming the person, the latest kept', async () => {
    const team = tempDir();
    mkdirSync(join(team, 'alex'));
    writeFileSync(join(team, 'alex', '2026-10.json'), await result('2026-10-01'));
    writeFileSync(join(team, 'alex', '2026-11.json'), await result('2026-11-01'));
    writeFileSync(join(team, 'sam.json'), await result('2026-11-15'));
    const { stdout, stderr, code } = await runMain(['team', team, '--json']);
    expect(code).toBe(0);
    const { members, skipped } = JSON.parse(stdout);
    expect(members.map((m: { person: string; file: string }) => [m.person, m.file])).toEqual([
      // The same verdict and score: by name.
      ['alex', 'alex/2026-11.json'],
      ['sam', 'sam.json'],
    ]);
    expect(skipped).toEqual([
      { file: 'alex/2026-10.json', reason: 'an older result for alex than alex/2026-11.json' },
    ]);
    expect(stderr).toBe(
      `career: team: skipped ${join(team, 'alex/2026-10.json')}: an older result for alex than alex/2026-11.json\n`,
    );
  });
});
