import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, career, careerInTerminal, tempDir } from '../helpers/cli.js';
import { allElements, parseXml } from '../helpers/xml.js';

const SEO = 'seo-specialist';
const SEM = 'sem-specialist';
const DMM = 'digital-marketing-manager';

/** A history file as the quiz writes it, with known dates and scores. */
function historyOf(records: (object | undefined)[]): Record<string, string> {
  const folder = join(tempDir(), 'data');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'history.jsonl'),
    records.map((r) => `${JSON.stringify(r)}\n`).join(''),
  );
  return { CAREER_DATA_HOME: folder, TZ: 'UTC' };
}

const attempt = (
  from: string,
  day: number,
  score: number,
  verdict: string,
  scores: Record<string, number>,
) => ({
  version: 1,
  date: new Date(Date.UTC(2026, 10, day, 9, 30)).toISOString(),
  from,
  to: DMM,
  score,
  verdict,
  scores,
  knowledgeBase: 'sha256:a',
});

const checkinRecord = {
  version: 1,
  kind: 'checkin',
  date: new Date(Date.UTC(2026, 10, 24, 15, 0)).toISOString(),
  from: SEO,
  to: DMM,
  for: 'Alex Kim',
  self: { by: null, score: 63, verdict: 'almost', scores: {} },
  manager: { by: 'Dana', score: 48, verdict: 'not-yet', scores: {} },
  shared: { score: 40, verdict: 'not-yet' },
  differences: ['performance', 'tasks'],
  knowledgeBase: 'sha256:a',
};

const ONE_MOVE = [
  attempt(SEO, 2, 41, 'not-yet', { performance: 65, tasks: 25, initiative: 20, preparation: 20 }),
  attempt(SEO, 16, 58, 'almost', { performance: 90, tasks: 25, initiative: 50, preparation: 20 }),
  attempt(SEO, 23, 63, 'almost', { performance: 90, tasks: 50, initiative: 50, preparation: 0 }),
];

describe('career history on a terminal: a chart per move', () => {
  it('charts one move: a sparkline, a bar per attempt with its date, the change and the signals that moved', () => {
    const env = { ...historyOf(ONE_MOVE), NO_COLOR: '1' };
    const { stdout, stderr, code } = careerInTerminal(['history'], { env });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      [
        'SEO specialist → Digital marketing manager  ▄▅▅  3 attempts, 41 → 63',
        '  2026-11-02 09:30  ████░░░░░░   41  Not yet',
        '  2026-11-16 09:30  ██████░░░░   58  Almost there  +17  Initiative +30, Performance +25',
        "  2026-11-23 09:30  ██████░░░░   63  Almost there   +5  The role's tasks +25, Preparation −20",
        '',
      ].join('\n'),
    );
    expect(stdout).not.toMatch(ANSI);
  });

  it('charts several moves apart, the latest last, each compared only with itself, check-ins marked', () => {
    const env = {
      ...historyOf([
        ONE_MOVE[0],
        attempt(SEM, 10, 30, 'not-yet', {
          performance: 65,
          tasks: 0,
          initiative: 0,
          preparation: 0,
        }),
        ONE_MOVE[1],
        checkinRecord,
      ]),
      NO_COLOR: '1',
    };
    const { stdout, code } = careerInTerminal(['history'], { env });
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'SEM specialist → Digital marketing manager  ▃  1 attempt, 30',
        '  2026-11-10 09:30  ███░░░░░░░   30  Not yet',
        '',
        'SEO specialist → Digital marketing manager  ▄▅  2 attempts, 41 → 58',
        '  2026-11-02 09:30  ████░░░░░░   41  Not yet',
        '  2026-11-16 09:30  ██████░░░░   58  Almost there  +17  Initiative +30, Performance +25',
        '  Check-in 2026-11-24 15:00 for Alex Kim: Alex Kim 63 Almost there, Dana 48 Not yet; 2 differences',
        '',
      ].join('\n'),
    );
  });

  it('puts a check-in among the attempts where it happened', () => {
    const between = {
      ...checkinRecord,
      date: new Date(Date.UTC(2026, 10, 20, 15, 0)).toISOString(),
    };
    const env = { ...historyOf([...ONE_MOVE, between]), NO_COLOR: '1' };
    const lines = careerInTerminal(['history'], { env }).stdout.split('\n');
    expect(lines.map((line) => line.slice(0, 28))).toEqual([
      'SEO specialist → Digital mar',
      '  2026-11-02 09:30  ████░░░░',
      '  2026-11-16 09:30  ██████░░',
      '  Check-in 2026-11-20 15:00 ',
      '  2026-11-23 09:30  ██████░░',
      '',
    ]);
  });

  it('colours the bars and changes on a terminal, and never when piped', () => {
    const env = historyOf(ONE_MOVE);
    const coloured = careerInTerminal(['history'], { env });
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout).toContain('▄▅▅');
  });

  it('stays tab-separated quiz attempts when piped, check-ins left out', async () => {
    const env = historyOf([...ONE_MOVE, checkinRecord]);
    const { stdout, stderr, code } = await career(['history'], { env });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${ONE_MOVE[0]?.date}\t${SEO}\t${DMM}\tnot-yet\t41\t`,
      `${ONE_MOVE[1]?.date}\t${SEO}\t${DMM}\talmost\t58\t17`,
      `${ONE_MOVE[2]?.date}\t${SEO}\t${DMM}\talmost\t63\t5`,
    ]);
  });
});

describe('career history --svg', () => {
  it('writes a standalone SVG: axes, dates, the verdict thresholds, one mark per attempt', async () => {
    const env = historyOf([...ONE_MOVE, attempt(SEM, 10, 30, 'not-yet', {}), checkinRecord]);
    const { stdout, stderr, code } = await career(['history', '--svg'], { env });
    expect([code, stderr]).toEqual([0, '']);
    const svg = parseXml(stdout);
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    const elements = allElements(svg);
    const byClass = (name: string) => elements.filter((e) => e.attributes.class === name);
    expect(byClass('attempt')).toHaveLength(4);
    // Moves in the order of their latest record, as on the terminal.
    expect(byClass('attempt').map((e) => e.children[0]?.text)).toEqual([
      '2026-11-10 09:30: 30, Not yet',
      '2026-11-02 09:30: 41, Not yet',
      '2026-11-16 09:30: 58, Almost there',
      '2026-11-23 09:30: 63, Almost there',
    ]);
    expect(byClass('checkin')).toHaveLength(1);
    expect(byClass('move')).toHaveLength(2);
    // The thresholds of the verdicts above the lowest, labelled.
    expect(byClass('threshold')).toHaveLength(2);
    const texts = elements.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toContain('Ready now (75)');
    expect(texts).toContain('Almost there (50)');
    expect(texts).toContain('SEO specialist → Digital marketing manager');
    // The axes: scores from 0 to 100, and dates from the first attempt to the last.
    expect(texts).toEqual(expect.arrayContaining(['0', '25', '50', '75', '100', 'Score']));
    const dates = byClass('date').map((e) => e.text);
    expect(dates[0]).toBe('2026-11-02');
    expect(dates.at(-1)).toBe('2026-11-24');
    // A mark higher on the chart is a higher score.
    const ys = byClass('attempt').map((e) => Number(e.attributes.cy));
    expect(ys[3]).toBeLessThan(ys[1] as number);
  });

  it('escapes what the knowledge base names, so the file stays valid', async () => {
    const kb = join(tempDir(), 'kb.yaml');
    writeFileSync(
      kb,
      'roles:\n  - id: r-and-d\n    title: "R&D <lead> \\"quoted\\""\n    track: digital-marketing\n    level: associate\n    summary: Tests.\n    responsibilities: [Test things]\n    advancesTo: []\n',
    );
    const env = historyOf([{ ...ONE_MOVE[0], from: 'r-and-d' }]);
    const { stdout, code } = await career(['--data', kb, 'history', '--svg'], { env });
    expect(code).toBe(0);
    const texts = allElements(parseXml(stdout)).map((e) => e.text);
    expect(texts).toContain('R&D <lead> "quoted" → Digital marketing manager');
    expect(stdout).toContain('R&amp;D &lt;lead&gt; &quot;quoted&quot;');
  });

  it('is a valid picture with no attempts too', async () => {
    const { stdout, code } = await career(['history', '--svg'], { env: historyOf([]) });
    expect(code).toBe(0);
    expect(allElements(parseXml(stdout)).some((e) => e.text.includes('No quiz attempts yet'))).toBe(
      true,
    );
  });
});
