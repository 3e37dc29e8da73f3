import type { HistoryRecord } from '../../history/record.js';
import type { Style } from '../color.js';

/** A history record with the change since the previous attempt at the same target role. */
export interface HistoryEntry extends HistoryRecord {
  /** Score difference from the previous attempt at the same `to`, or null for the first. */
  change: number | null;
}

/** Adds to each attempt its change since the previous attempt at the same target, oldest first. */
export function withChanges(records: readonly HistoryRecord[]): HistoryEntry[] {
  const last = new Map<string, number>();
  return records.map((record) => {
    const previous = last.get(record.to);
    last.set(record.to, record.score);
    return { ...record, change: previous === undefined ? null : record.score - previous };
  });
}

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

/** On a terminal: a table of attempts, the change since the last try at the same role coloured. */
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
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        i === 3 || i === 4 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const out = [s.bold(line(header))];
  for (const [index, row] of rows.entries()) {
    const change = entries[index]?.change ?? null;
    const text = line(row);
    if (change === null || change === 0) out.push(text);
    else {
      const cut = text.length - row[4].length;
      out.push(text.slice(0, cut) + (change > 0 ? s.green : s.red)(text.slice(cut)));
    }
  }
  return `${out.join('\n')}\n`;
}
