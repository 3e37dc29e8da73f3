import type { HistoryEntry } from '../../history/changes.js';

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
