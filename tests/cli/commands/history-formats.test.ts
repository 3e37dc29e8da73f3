import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

const DMM = 'digital-marketing-manager';

/** A history file as the quiz and checkin write it. */
function historyOf(records: object[]): Record<string, string> {
  const folder = join(tempDir(), 'data');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'history.jsonl'),
    records.map((r) => `${JSON.stringify(r)}\n`).join(''),
  );
  return { CAREER_DATA_HOME: folder };
}

const attempt = (day: number, score: number, verdict: string, base: string, scores: object) => ({
  version: 1,
  date: new Date(Date.UTC(2026, 10, day, 12, 0)).toISOString(),
  from: 'seo-specialist',
  to: DMM,
  score,
  verdict,
  scores,
  knowledgeBase: base,
});

const RECORDS = [
  attempt(2, 41, 'not-yet', 'sha256:a', { performance: 65, tasks: 25 }),
  attempt(16, 58, 'almost', 'sha256:b', { performance: 90, tasks: 25 }),
  {
    version: 1,
    kind: 'checkin',
    date: new Date(Date.UTC(2026, 10, 20, 12, 0)).toISOString(),
    from: 'seo-specialist',
    to: DMM,
    for: 'Alex | Kim',
    self: { by: null, score: 63, verdict: 'almost', scores: {} },
    manager: { by: 'Dana', score: 48, verdict: 'not-yet', scores: {} },
    shared: { score: 40, verdict: 'not-yet' },
    differences: ['performance', 'tasks'],
    knowledgeBase: 'sha256:b',
  },
];

describe('career history --yaml', () => {
  it('is the --json document as YAML, attempts and check-ins', async () => {
    const env = historyOf(RECORDS);
    for (const extra of [[], ['--checkins']]) {
      const json = await runMain(['history', '--json', ...extra], { env });
      const yaml = await runMain(['history', '--yaml', ...extra], { env });
      expect([yaml.code, yaml.stderr]).toEqual([0, '']);
      expect(parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
      expect(parse(yaml.stdout)).toHaveLength(extra.length ? 1 : 2);
    }
  });

  it('is [] for an empty history, exit 0', async () => {
    const env = historyOf([]);
    for (const format of ['--json', '--yaml']) {
      const { stdout, code } = await runMain(['history', format], { env });
      expect(code).toBe(0);
      expect(parse(stdout)).toEqual([]);
    }
  });

  it('--checkins alone is still a usage error that names both formats', async () => {
    const { stderr, code } = await runMain(['history', '--checkins'], { env: historyOf([]) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^career: --checkins goes with --json or --yaml/);
  });
});

describe('career history --markdown', () => {
  it('is a section per move: a table of attempts, the check-ins listed, the edited knowledge base noted', async () => {
    const { stdout, stderr, code } = await runMain(['history', '--markdown'], {
      env: historyOf(RECORDS),
    });
    expect([code, stderr]).toEqual([0, '']);
    const date = '2026-11-\\d\\d \\d\\d:\\d\\d';
    const lines = stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# Readiness history',
      '',
      '## SEO specialist → Digital marketing manager',
      '',
      '2 attempts, 41 → 58.',
    ]);
    expect(lines[6]).toBe('| Date | Score | Verdict | Change | Signals that moved |');
    expect(lines[8]).toMatch(new RegExp(`^\\| ${date} \\| 41 \\| Not yet \\|  \\|  \\|$`));
    expect(lines[9]).toMatch(
      new RegExp(
        `^\\| ${date} \\| 58 \\| Almost there \\| \\+17\\\\\\* \\| Performance \\+25 \\|$`,
      ),
    );
    // A pipe in a name stays in its cell; a list item needs no escape.
    expect(lines[11]).toMatch(
      new RegExp(
        `^- Check-in ${date} for Alex \\| Kim: Alex \\| Kim 63 Almost there, Dana 48 Not yet; 2 differences$`,
      ),
    );
    expect(lines[13]).toMatch(/^\\\* Scored against a different knowledge base/);
    expect(stdout.endsWith('not from you.\n')).toBe(true);
  });

  it('says there is nothing yet for an empty history, exit 0', async () => {
    const { stdout, code } = await runMain(['history', '--markdown'], { env: historyOf([]) });
    expect(code).toBe(0);
    expect(stdout).toBe(
      '# Readiness history\n\nNo quiz attempts yet. Take one with: `career quiz`\n',
    );
  });
});
