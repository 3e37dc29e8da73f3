import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'onet');
const CLEAR = '\u001b[1G\u001b[K';

/** A clock that moves on a fifth of a second each time it is read: an import that takes its time. */
function slowClock(): () => Date {
  let t = Date.UTC(2026, 0, 1);
  return () => {
    t += 200;
    return new Date(t);
  };
}

const run = (stderrTTY: boolean, now?: () => Date) =>
  runMain(['import', 'onet', FIXTURE, '--out', join(tempDir(), 'o')], {
    stderrTTY,
    now,
    columns: 60,
  });

describe('import onet: a progress line on a terminal when the import takes its time', () => {
  it('redraws one line on stderr at each step, cut to the width, and clears it before the summary', async () => {
    const { code, stdout, stderr } = await run(true, slowClock());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Imported 8 occupations/);
    const lines = stderr.split(CLEAR).filter((part) => part !== '');
    expect(lines).toContain('career: importing: checking the import…');
    expect(lines).toContain('career: importing: reading Alternate Titles.txt…');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(59);
    expect(stderr).not.toContain('\n');
    expect(stderr.endsWith(CLEAR)).toBe(true);
  });

  it('prints nothing when stderr is not a terminal', async () => {
    const { code, stderr } = await run(false, slowClock());
    expect([code, stderr]).toEqual([0, '']);
  });

  it('prints nothing on a terminal when the import is quick', async () => {
    const { code, stderr } = await run(true, () => new Date(Date.UTC(2026, 0, 1)));
    expect([code, stderr]).toEqual([0, '']);
  });

  it('clears the line before an error', async () => {
    const source = join(tempDir(), 'release');
    cpSync(FIXTURE, source, { recursive: true });
    // The last row cut short: found when the tables are converted, after the line has been shown.
    const tasks = join(source, 'Task Statements.txt');
    writeFileSync(
      tasks,
      readFileSync(tasks, 'utf8')
        .trimEnd()
        .replace(/\t[^\t]*\t[^\t]*$/, ''),
    );
    const { code, stderr } = await runMain(
      ['import', 'onet', source, '--out', join(tempDir(), 'o')],
      { stderrTTY: true, now: slowClock() },
    );
    expect(code).toBe(3);
    const parts = stderr.split(CLEAR);
    expect(parts).toContain('career: importing: converting the occupations…');
    expect(parts.at(-1)).toMatch(
      /^career: .*Task Statements\.txt:\d+: 5 of the header's 7 columns/,
    );
  });
});
