import type { HistoryEntry } from '../../history/changes.js';
import type { Style } from '../color.js';

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

/** Marks a change measured across an edit of the knowledge base; explained under the table. */
const CHANGED_MARK = '*';
const CHANGED_NOTE =
  `${CHANGED_MARK} Scored against a different knowledge base than the attempt before it at this move:\n` +
  '  part of the change may come from edited roles or questions, not from you.';

/**
 * On a terminal: a table of attempts, the change since the last try at the
 * same move coloured, and marked when the knowledge base changed in between.
 */
export function renderHistoryTable(
  entries: readonly HistoryEntry[],
  names: { role: (id: string) => string; verdict: (id: string) => string },
  s: Style,
): string {
  if (entries.length === 0) return `No quiz attempts yet. Take one with: career quiz\n`;
  const rows = entries.map(
    (e) =>
      [
        formatDate(e.date),
        `${names.role(e.from)} → ${names.role(e.to)}`,
        names.verdict(e.verdict),
        String(e.score),
        formatChange(e.change),
      ] as const,
  );
  const header = ['Date', 'Move', 'Verdict', 'Score', 'Change'] as const;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const pad = (cell: string, i: number) =>
    i >= 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
  const line = (cells: readonly string[]) => cells.map(pad).join('  ').trimEnd();
  const out = [s.bold(line(header))];
  for (const [index, row] of rows.entries()) {
    const entry = entries[index] as HistoryEntry;
    const change = row[4];
    const coloured =
      entry.change === null || entry.change === 0
        ? change
        : (entry.change > 0 ? s.green : s.red)(change);
    const mark = entry.knowledgeBaseChanged ? CHANGED_MARK : '';
    const indent = ' '.repeat((widths[4] ?? 0) - change.length);
    out.push(`${row.slice(0, 4).map(pad).join('  ')}  ${indent}${coloured}${mark}`.trimEnd());
  }
  if (entries.some((e) => e.knowledgeBaseChanged)) out.push('', CHANGED_NOTE);
  return `${out.join('\n')}\n`;
}
