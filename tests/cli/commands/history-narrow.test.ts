import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

/**
 * At 40 and 60 columns an attempt whose line was too long (the signals that
 * moved, after the change) was re-wrapped as prose: its columns collapsed
 * to single spaces ("2026-11-02 09:30 ██████░░░░ 58 Almost there +17 …"),
 * out of line with the attempt above it. The columns stay; what moved
 * goes under them.
 */
const folder = join(tempDir(), 'data');
mkdirSync(folder, { recursive: true });
const attempt = (day: number, score: number, verdict: string, performance: number) => ({
  version: 1,
  date: new Date(Date.UTC(2026, 10, day, 9, 30)).toISOString(),
  from: 'seo-specialist',
  to: 'digital-marketing-manager',
  score,
  verdict,
  scores: { performance, tasks: 25, initiative: 20, preparation: 20 },
  knowledgeBase: 'sha256:a',
});
writeFileSync(
  join(folder, 'history.jsonl'),
  [attempt(2, 41, 'not-yet', 65), attempt(16, 58, 'almost', 90)]
    .map((record) => `${JSON.stringify(record)}\n`)
    .join(''),
);

async function chart(columns: number): Promise<string[]> {
  const { stdout, stderr, code } = await runMain(['history', '--no-color'], {
    stdoutTTY: true,
    columns,
    env: { CAREER_DATA_HOME: folder, TZ: 'UTC' },
  });
  expect([stderr, code]).toEqual(['', 0]);
  return stdout.trimEnd().split('\n');
}

describe('career history at narrow widths', () => {
  it.each([40, 60, 80])('keeps each attempt in its columns at %i columns', async (columns) => {
    const lines = await chart(columns);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
    const attempts = lines.filter((line) => /^ {2}2026-11-\d\d/.test(line));
    expect(attempts).toHaveLength(2);
    const [first, second] = attempts as [string, string];
    // The score and the verdict sit in the same columns on both lines, two spaces from what is before them.
    expect(second.indexOf(' 58  Almost there')).toBe(first.indexOf(' 41  Not yet'));
    // Two spaces after the date (or the bar), as after every column.
    expect(second).toMatch(
      /^ {2}2026-11-16(?: 09:30)? {2}(?:\S{10} {2})? ?58 {2}Almost there {2}\+17/,
    );
    // What moved is there, whole, on the attempt's line or under it.
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('+17 Performance +25');
  });
});
