import type { TeamMember } from '../../readiness/team.js';
import { markdownCell } from '../../text/markdown.js';
import { plural } from '../../text/sentence.js';
import { fitLine, wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';
import { formatDate } from './history.js';

const day = (iso: string) => formatDate(iso).slice(0, 10);
const move = (m: TeamMember) => `${m.from.title} → ${m.to.title}`;
const weakest = (m: TeamMember) => (m.weakest ? `${m.weakest.title} (${m.weakest.score})` : '');
const source = (m: TeamMember) =>
  m.checkin
    ? `check-in: self ${m.checkin.self}, ${m.checkin.managerName ?? 'manager'} ${m.checkin.manager}`
    : 'quiz';

function tone(s: Style, score: number): (text: string) => string {
  if (score >= 75) return s.green;
  if (score >= 50) return s.yellow;
  return s.red;
}

/**
 * On a terminal: a table, most ready first, when it fits `width`; else a
 * few lines a person, one above the other (who, score and verdict; the
 * move; the weakest signal, date and source), each wrapped to the width.
 */
export function renderTeamTable(members: readonly TeamMember[], s: Style, width: number): string {
  const header = ['Person', 'Move', 'Score', 'Verdict', 'Weakest signal', 'Date', 'From'];
  const rows = members.map((m) => [
    m.person,
    move(m),
    String(m.score),
    m.verdict.title,
    weakest(m),
    day(m.date),
    source(m),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const pad = (cell: string, i: number) =>
    i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
  const tableWidth = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  if (tableWidth > width) return stacked(members, s, width);
  const out = [s.bold(header.map(pad).join('  ').trimEnd())];
  for (const [index, row] of rows.entries()) {
    const member = members[index] as TeamMember;
    const cells = row.map(pad);
    cells[3] = tone(s, member.score)(cells[3] ?? '');
    out.push(cells.join('  ').trimEnd());
  }
  out.push('', `${plural(members.length, 'person', 'people')}, most ready first.`);
  return `${out.join('\n')}\n`;
}

function stacked(members: readonly TeamMember[], s: Style, width: number): string {
  const out: string[] = [];
  for (const member of members) {
    if (out.length > 0) out.push('');
    out.push(
      fitLine(
        `${s.bold(member.person)}  ${member.score}  ${tone(s, member.score)(member.verdict.title)}`,
        width,
      ),
      wrap(move(member), width, '    ', '  '),
      s.dim(
        wrap(
          [member.weakest ? `weakest: ${weakest(member)}` : '', day(member.date), source(member)]
            .filter(Boolean)
            .join(' · '),
          width,
          '    ',
          '  ',
        ),
      ),
    );
  }
  out.push(
    '',
    `${members.length} ${members.length === 1 ? 'person' : 'people'}, most ready first.`,
  );
  return `${out.join('\n')}\n`;
}

/** Piped: `person TAB from TAB to TAB score TAB verdict TAB weakest TAB date TAB source TAB file`. */
export function renderTeamTsv(members: readonly TeamMember[]): string {
  const clean = (text: string) => text.replace(/[\t\n\r]+/g, ' ');
  return members
    .map(
      (m) =>
        `${[m.person, m.from.id, m.to.id, String(m.score), m.verdict.id, m.weakest?.question ?? '', m.date, m.source, m.file].map(clean).join('\t')}\n`,
    )
    .join('');
}

/** A Markdown table for a promotion-round document. */
export function renderTeamMarkdown(members: readonly TeamMember[]): string {
  const out = [
    '# Team readiness',
    '',
    '| Person | Move | Score | Verdict | Weakest signal | Date | From |',
    '| --- | --- | ---: | --- | --- | --- | --- |',
    ...members.map(
      (m) =>
        `| ${[m.person, move(m), String(m.score), m.verdict.title, weakest(m), day(m.date), source(m)].map(markdownCell).join(' | ')} |`,
    ),
    '',
  ];
  return out.join('\n');
}
