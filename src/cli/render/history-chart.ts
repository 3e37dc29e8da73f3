import type { MoveProgress, ProgressPoint } from '../../history/progress.js';
import type { CheckinRecord } from '../../history/record.js';
import { plural } from '../../text/sentence.js';
import { displayWidth } from '../../text/width.js';
import { fitLine, wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';
import {
  CHANGED_MARK,
  CHANGED_NOTE,
  checkinSentence,
  formatChange,
  formatDate,
  type HistoryNames,
  signed,
} from './history.js';
import { bar } from './result.js';

export type { HistoryNames } from './history.js';

const SPARKS = '▁▂▃▄▅▆▇█';

/** Scores as a sparkline, on the fixed 0 to 100 scale so two moves compare at a glance. */
export function sparkline(scores: readonly number[]): string {
  return scores
    .map((score) => {
      const index = Math.round((Math.max(0, Math.min(100, score)) / 100) * (SPARKS.length - 1));
      return SPARKS[index];
    })
    .join('');
}

function tone(s: Style, score: number): (text: string) => string {
  if (score >= 75) return s.green;
  if (score >= 50) return s.yellow;
  return s.red;
}

/**
 * On a terminal: one block per move (from → to), headed by a sparkline of
 * its scores; an attempt a line with its date, a bar, the score, the
 * verdict, the change since the attempt before it at that move, and the
 * signals that moved; then the move's check-ins, marked as such. A line
 * too long for `width` wraps with a hanging indent; the bar goes first
 * when even an attempt's date, score and verdict would not fit beside it,
 * then the time of day, and the signals that moved go under the columns.
 */
export function renderHistoryChart(
  moves: readonly MoveProgress[],
  names: HistoryNames,
  s: Style,
  width: number,
): string {
  if (moves.length === 0) return `No quiz attempts yet. Take one with: career quiz\n`;
  const all = moves.flatMap((m) => m.attempts);
  const verdictWidth = Math.max(0, ...all.map((a) => names.verdict(a.verdict).length));
  const changeWidth = Math.max(0, ...all.map((a) => formatChange(a.change).length));
  const out: string[] = [];
  for (const move of moves) {
    if (out.length > 0) out.push('');
    const scores = move.attempts.map((a) => a.score);
    const count = move.attempts.length;
    const head = `${names.role(move.from)} → ${names.role(move.to)}`;
    const summary =
      count === 0
        ? ''
        : `  ${sparkline(scores)}  ${plural(count, 'attempt')}, ${count === 1 ? scores[0] : `${scores[0]} → ${scores.at(-1)}`}`;
    out.push(fitLine(`${s.bold(head)}${summary}`, width));
    const attemptLine = (attempt: ProgressPoint) => {
      const change = formatChange(attempt.change);
      const coloured =
        attempt.change === null || attempt.change === 0
          ? change
          : (attempt.change > 0 ? s.green : s.red)(change);
      const mark = attempt.knowledgeBaseChanged ? CHANGED_MARK : '';
      const moved = attempt.moved
        .map((m) => `${names.question(m.question)} ${signed(m.change)}`)
        .join(', ');
      // Date (16 with its time, 10 without), bar 10, score 3, and the gaps between them: the bar
      // goes first, then the time, so that the columns fit and stay in line.
      const fits = (date: number, barWidth: number) =>
        2 + date + 2 + barWidth + 3 + 2 + verdictWidth + 2 + changeWidth + 1 <= width;
      const withBar = fits(16, 12);
      const date = formatDate(attempt.date);
      const columns = [
        `  ${withBar || fits(16, 0) ? date : date.slice(0, 10)}`,
        ...(withBar ? [tone(s, attempt.score)(bar(attempt.score))] : []),
        String(attempt.score).padStart(3),
        names.verdict(attempt.verdict).padEnd(verdictWidth),
        `${' '.repeat(changeWidth - change.length)}${coloured}${mark}`,
      ]
        .join('  ')
        .trimEnd();
      const line = moved ? `${columns}  ${s.dim(moved)}` : columns;
      if (displayWidth(line) <= width) return line;
      // Too long: the columns stay in line with the attempts around them (wrapping them as prose
      // would close their gaps), and what moved goes under them.
      const under = wrap(moved, width, '    ', '    ')
        .split('\n')
        .map((text) => s.dim(text));
      return [fitLine(columns, width, '    '), ...(moved ? under : [])].join('\n');
    };
    const checkinLine = (checkin: CheckinRecord) =>
      fitLine(s.cyan(`  ${checkinSentence(checkin, names)}`), width, '    ');
    // Attempts and check-ins in the order they happened (a stable sort keeps the file's order on ties).
    const timeline = [
      ...move.attempts.map((attempt) => ({ date: attempt.date, line: () => attemptLine(attempt) })),
      ...move.checkins.map((checkin) => ({ date: checkin.date, line: () => checkinLine(checkin) })),
    ].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
    for (const item of timeline) out.push(item.line());
  }
  if (all.some((a) => a.knowledgeBaseChanged))
    out.push('', ...CHANGED_NOTE.map((text, index) => wrap(text, width, '  ', index ? '  ' : '')));
  return `${out.join('\n')}\n`;
}
