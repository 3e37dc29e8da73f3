import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { screen, typeInTerminal } from '../helpers/terminal-session.js';

const ENTER = '\r';
const DOWN = '\u001b[B';
const CTRL_C = '\u0003';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point.
const COLOUR = /\u001b\[[0-9;]*m/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point.
const SEQUENCES = /\u001b\[[0-9;?]*[A-Za-z]/g;

function home() {
  const folder = tempDir();
  return { CAREER_DATA_HOME: join(folder, 'data'), CAREER_CACHE_HOME: join(folder, 'cache') };
}

/** Every readiness question answered with its first choice. */
const READINESS: [string, string][] = [
  ['How consistently', ENTER],
  ['Which of these responsibilities', ENTER],
  ['When did you last ask', ENTER],
  ['Which of these have you studied', ENTER],
];

describe('the quiz on a terminal', () => {
  it('draws no colour with --no-color, prompts included', async () => {
    const { raw, code } = await typeInTerminal(
      [
        '--no-color',
        'quiz',
        '--from',
        'seo-specialist',
        '--to',
        'digital-marketing-manager',
        '--no-save',
      ],
      READINESS,
      { env: home() },
    );
    expect(code).toBe(0);
    expect(raw).toMatch(/ · \d+\/100/);
    expect(raw).not.toMatch(COLOUR);
  });

  it('shows the move before the questions, answered lines without the hint, and a blank line before the result', async () => {
    const { raw, code } = await typeInTerminal(
      ['quiz', '--no-save'],
      [
        ['Which role do you have now?', 'seo spec'],
        ['SEO specialist', ENTER],
        ['Which role do you want next?', ENTER],
        ...READINESS,
      ],
      { columns: 80, env: home() },
    );
    expect(code).toBe(0);
    const lines = screen(raw, 80);
    expect(lines).toContain('✔ (1 of 6) Which role do you have now? SEO specialist');
    expect(lines.filter((line) => line.includes('(type to filter)'))).toEqual([]);
    // The move, then its first question.
    const move = lines.indexOf('SEO specialist → Digital marketing manager');
    expect(move).toBeGreaterThan(lines.findIndex((line) => line.startsWith('✔ (2 of 6)')));
    expect(lines[move + 1]).toBe(
      'A promotion: from Associate to Advanced, within Digital marketing.',
    );
    expect(lines[move + 2]).toMatch(/^✔ \(3 of 6\) How consistently/);
    // The result, set off from the last answer by a blank line.
    const result = lines.lastIndexOf('SEO specialist → Digital marketing manager');
    expect(result).toBeGreaterThan(move);
    expect(lines[result - 1]).toBe('');
    expect(lines[result - 2]).toMatch(/^ *✔ \(6 of 6\)|studied/);
  });

  it('shows the move first when --from and --to name it', async () => {
    const { raw } = await typeInTerminal(
      ['quiz', '--from', 'seo-specialist', '--to', 'digital-marketing-manager', '--no-save'],
      READINESS,
      { env: home() },
    );
    const lines = screen(raw, 80);
    expect(lines.slice(0, 2)).toEqual([
      'SEO specialist → Digital marketing manager',
      'A promotion: from Associate to Advanced, within Digital marketing.',
    ]);
  });

  it('says why a role matches when only one of its other names does', async () => {
    const { raw } = await typeInTerminal(
      ['quiz', '--no-save'],
      [
        ['Which role do you have now?', 'se'],
        ['also called', CTRL_C],
      ],
      { env: home() },
    );
    const drawn = raw.replace(SEQUENCES, '');
    expect(drawn).toContain('Account manager (also called Client services manager)');
    // What the list shows matches first: SEO specialist before the alias match.
    expect(drawn.lastIndexOf('SEO specialist')).toBeLessThan(
      drawn.lastIndexOf('Account manager (also called'),
    );
  });

  it('leaves no half-drawn question behind on Ctrl-C', async () => {
    const { raw, code } = await typeInTerminal(
      ['quiz', '--from', 'seo-specialist', '--to', 'digital-marketing-manager'],
      [
        ['How consistently', DOWN],
        ['Sometimes', CTRL_C],
      ],
      { env: home() },
    );
    expect(code).toBe(130);
    const lines = screen(raw, 80).filter((line) => line !== '');
    expect(lines.at(-1)).toBe('career: quiz cancelled; nothing was saved');
    expect(lines.filter((line) => /How consistently|Rarely|navigate/.test(line))).toEqual([]);
  });

  it('on a dumb terminal, asks nothing and points to the answers file, with no cursor movement', async () => {
    const { raw, code } = await typeInTerminal(['quiz'], [], { env: { ...home(), TERM: 'dumb' } });
    expect(code).toBe(2);
    expect(raw).toContain('career quiz --template --to ROLE > answers.yaml');
    expect(raw).toContain('career quiz --answers answers.yaml');
    expect(raw).toContain('TERM=dumb');
    expect(raw).not.toContain('\u001b');
  });

  it('with no TERM at all, acts as without a terminal too', async () => {
    const { raw, code } = await typeInTerminal(['quiz'], [], { env: home(), noTerm: true });
    expect(code).toBe(2);
    expect(raw).toContain('career quiz --answers answers.yaml');
    expect(raw).not.toContain('\u001b');
  });

  it('lists every choice at once when the terminal has room, and does not wrap round from the first to the last', async () => {
    const UP = '\u001b[A';
    const { raw } = await typeInTerminal(
      ['quiz', '--from', 'seo-specialist', '--to', 'digital-marketing-manager', '--no-save'],
      [
        ['How consistently', ENTER],
        // The question wraps at 40 columns: wait for its number.
        ['(2 of 4)', UP],
        ['submit', ' '],
        ['◉', CTRL_C],
      ],
      { columns: 40, env: home() },
    );
    // The screen as it was when the first tick was drawn, before Ctrl-C cleared it.
    const lines = screen(raw.slice(0, raw.indexOf('submit', raw.indexOf('◉'))), 40);
    const drawn = lines.slice(lines.findLastIndex((line) => line.includes('(2 of 4)')));
    // Up on the first choice stays there: the first responsibility is the one ticked.
    expect(drawn.find((line) => line.includes('◉'))).toMatch(/^❯◉ Plan and execute digital/);
    // All four shown, none hidden below a scroll.
    expect(drawn.filter((line) => /^.?[◉◯] /.test(line))).toHaveLength(4);
  });
});

describe('the quiz on a narrow terminal', () => {
  it('wraps a question and its choices each under its own text, not at the margin', async () => {
    const { raw } = await typeInTerminal(
      ['quiz', '--from', 'seo-specialist', '--to', 'digital-marketing-manager', '--no-save'],
      [
        ['How consistently', ENTER],
        ['submit', CTRL_C],
      ],
      { columns: 50, env: home() },
    );
    const lines = screen(raw.slice(0, raw.indexOf('submit', raw.indexOf('(2 of 4)'))), 50);
    const drawn = lines.slice(lines.findLastIndex((line) => line.includes('(2 of 4)')));
    // The question goes on under its text, after "? ".
    expect(drawn[1]).toMatch(/^ {2}\S/);
    // A responsibility too long for a line goes on under its text, after "❯◯ ".
    const first = drawn.findIndex((line) => /^❯[◉◯] Plan and execute digital marketing/.test(line));
    expect(first).toBeGreaterThan(0);
    expect(drawn[first + 1]).toMatch(/^ {3}\S/);
    for (const line of drawn) expect(line.length).toBeLessThanOrEqual(50);
  });
});
