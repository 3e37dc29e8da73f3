import type { HistoryEntry } from '../../history/changes.js';
import type { MoveProgress } from '../../history/progress.js';
import type { CheckinRecord } from '../../history/record.js';
import { markdownCell, markdownTable, markdownText } from '../../text/markdown.js';
import { plural } from '../../text/sentence.js';

/** The titles of the ids a record holds, from the knowledge base in use. */
export interface HistoryNames {
  role: (id: string) => string;
  verdict: (id: string) => string;
  question: (id: string) => string;
}

/** Marks a change measured across an edit of the knowledge base; explained under the chart. */
export const CHANGED_MARK = '*';
export const CHANGED_NOTE = [
  `${CHANGED_MARK} Scored against a different knowledge base than the attempt before it at this move:`,
  'part of the change may come from edited roles or questions, not from you.',
];

export const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);

/** "2026-11-23 17:40", in the reader's time zone. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function formatChange(change: number | null): string {
  if (change === null) return '';
  if (change === 0) return '±0';
  return change > 0 ? `+${change}` : `−${-change}`;
}

/** Piped: `date TAB from TAB to TAB verdict TAB score TAB change`, one attempt a line. */
export function renderHistoryTsv(entries: readonly HistoryEntry[]): string {
  return entries
    .map((e) =>
      [
        e.date,
        e.from,
        e.to,
        e.verdict,
        String(e.score),
        e.change === null ? '' : String(e.change),
      ].join('\t'),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** A check-in in one sentence: when, for whom, both sides' scores, and how many differences. */
export function checkinSentence(checkin: CheckinRecord, names: HistoryNames): string {
  const self = checkin.for ?? 'self';
  const manager = checkin.manager.by ?? 'manager';
  const differences = checkin.differences.length;
  return `Check-in ${formatDate(checkin.date)}${checkin.for ? ` for ${checkin.for}` : ''}: ${self} ${checkin.self.score} ${names.verdict(checkin.self.verdict)}, ${manager} ${checkin.manager.score} ${names.verdict(checkin.manager.verdict)}; ${differences === 0 ? 'no differences' : plural(differences, 'difference')}`;
}

/**
 * `career history --markdown`: what the chart shows, as a document. A move
 * is a section, its attempts a table (date, score, verdict, change, the
 * signals that moved), its check-ins a list under it.
 */
export function renderHistoryMarkdown(moves: readonly MoveProgress[], names: HistoryNames): string {
  const out = ['# Readiness history'];
  if (moves.length === 0) out.push('', 'No quiz attempts yet. Take one with: `career quiz`');
  let changed = false;
  for (const move of moves) {
    const scores = move.attempts.map((a) => a.score);
    out.push(
      '',
      `## ${markdownText(names.role(move.from))} → ${markdownText(names.role(move.to))}`,
    );
    if (move.attempts.length > 0) {
      const span = scores.length === 1 ? `${scores[0]}` : `${scores[0]} → ${scores.at(-1)}`;
      out.push('', `${plural(scores.length, 'attempt')}, ${span}.`, '');
      const rows = move.attempts.map((attempt) => {
        changed ||= attempt.knowledgeBaseChanged;
        const mark = attempt.knowledgeBaseChanged ? `\\${CHANGED_MARK}` : '';
        const moved = attempt.moved.map((m) => `${names.question(m.question)} ${signed(m.change)}`);
        return [
          formatDate(attempt.date),
          String(attempt.score),
          markdownCell(names.verdict(attempt.verdict)),
          `${formatChange(attempt.change)}${mark}`,
          markdownCell(moved.join(', ')),
        ];
      });
      out.push(
        ...markdownTable(['Date', 'Score', 'Verdict', 'Change', 'Signals that moved'], rows),
      );
    }
    if (move.checkins.length > 0)
      out.push(
        '',
        ...move.checkins.map((checkin) => `- ${markdownText(checkinSentence(checkin, names))}`),
      );
  }
  if (changed) out.push('', `\\${CHANGED_NOTE.join(' ')}`);
  return `${out.join('\n')}\n`;
}
