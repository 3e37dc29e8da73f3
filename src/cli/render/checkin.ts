import type { CheckinResult } from '../../readiness/checkin.js';
import { fitLine, wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';
import { heldLine, planLines } from './result.js';

/** How the two sides are headed: their names when the files give them. */
export function sideNames(result: CheckinResult): { self: string; manager: string } {
  return {
    self: result.for ?? 'You',
    manager: result.manager.by ?? 'Manager',
  };
}

/**
 * The table's rows one above the other, for a terminal too narrow for its
 * columns: each question with agree or differ, then each side's score and
 * answer under it. The score comes before the answer, so the two scores
 * line up whatever the answers' lengths, and a long answer wraps under itself.
 */
function stackedRows(
  rows: readonly string[][],
  names: { self: string; manager: string },
  s: Style,
  width: number,
): string[] {
  const out: string[] = [];
  const nameWidth = Math.max(names.self.length, names.manager.length);
  const scoreWidth = Math.max(
    ...rows.slice(1).flatMap((row) => [row[2], row[4]].map((c) => c?.length ?? 0)),
  );
  for (const [index, row] of rows.entries()) {
    if (index === 0) continue;
    const [
      title = '',
      selfText = '',
      selfScore = '',
      managerText = '',
      managerScore = '',
      agree = '',
    ] = row;
    const mark =
      agree === 'differ' ? s.yellow('differ') : agree === 'agree' ? s.green('agree') : '';
    const head = `  ${title}${mark ? `  ${mark}` : ''}`;
    out.push(index === rows.length - 1 ? s.bold(head) : head);
    for (const [name, text, score] of [
      [names.self, selfText, selfScore],
      [names.manager, managerText, managerScore],
    ] as const)
      out.push(
        fitLine(
          `    ${name.padEnd(nameWidth)}  ${score.padStart(scoreWidth)}  ${text}`,
          width,
          ' '.repeat(8 + nameWidth + scoreWidth),
        ),
      );
  }
  return out;
}

/**
 * `career checkin` on a terminal: the move, both answers side by side with
 * agree or differ, both scores and verdicts, a talking point for each
 * difference, and the shared plan.
 */
export function renderCheckin(result: CheckinResult, s: Style, width: number): string {
  const names = sideNames(result);
  const out: string[] = [
    s.bold(
      wrap(
        `Check-in${result.for ? ` for ${result.for}` : ''}: ${result.from.title} → ${result.to.title}`,
        width,
        '  ',
        '',
      ),
    ),
    ...result.move.summary.slice(0, 1).map((sentence) => wrap(sentence, width)),
    '',
  ];
  // Question, then each side's answer and score, then whether they agree.
  const rows: string[][] = [
    ['', names.self, '', names.manager, '', ''],
    ...result.signals.map((signal) => [
      signal.title,
      signal.self.text,
      String(signal.self.score),
      signal.manager.text,
      String(signal.manager.score),
      signal.agree ? 'agree' : 'differ',
    ]),
    [
      'Score',
      result.self.verdict.title,
      String(result.self.score),
      result.manager.verdict.title,
      String(result.manager.score),
      '',
    ],
  ];
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  const tableWidth = 2 + 3 + 2 + 3 + 2 + 3 + 6 + widths.reduce((sum, w) => sum + w, 0);
  if (tableWidth > width) out.push(...stackedRows(rows, names, s, width));
  else
    for (const [index, row] of rows.entries()) {
      const cells = row
        .slice(0, 5)
        .map((cell, i) =>
          i === 2 || i === 4 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        );
      const mark =
        row[5] === 'differ' ? s.yellow('differ') : row[5] === 'agree' ? s.green('agree') : '';
      const line =
        `  ${cells[0]}   ${cells[1]}  ${cells[2]}   ${cells[3]}  ${cells[4]}   ${mark}`.trimEnd();
      out.push(index === 0 || index === rows.length - 1 ? s.bold(line) : line);
    }

  const points = result.signals.flatMap((signal) => signal.talkingPoints);
  out.push('');
  if (points.length === 0)
    out.push(wrap('You agree on every question: talk about the plan.', width));
  else {
    out.push(s.bold(`Talking points (${points.length})`));
    for (const [index, point] of points.entries()) {
      const label = `${index + 1}. `;
      out.push(wrap(point, width, ' '.repeat(2 + label.length), `  ${label}`));
    }
  }
  out.push(
    '',
    wrap(
      `${s.bold('Shared view')}: ${result.shared.verdict.title} · ${result.shared.score}/100, scored on the answers you both stand behind (for each question the lower of the two).`,
      width,
    ),
    // As the quiz says it: which question keeps the shared view below the verdict its score reaches.
    ...(heldLine(result.shared) ? [wrap(heldLine(result.shared), width)] : []),
    '',
    s.bold('Shared plan'),
    ...planLines(result.shared.plan, s, width),
  );
  return `${out.join('\n')}\n`;
}
