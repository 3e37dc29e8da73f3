import type { MoveProgress } from '../../history/progress.js';
import { formatDate } from './history.js';
import type { HistoryNames } from './history-chart.js';
import { num, xml } from './svg.js';

/** A verdict's threshold, drawn as a line across the chart. */
export interface Threshold {
  score: number;
  title: string;
}

/** Colours that stay apart for most readers, one per move, in turn. */
const PALETTE = ['#1b6ca8', '#d1495b', '#2e933c', '#8e5ea2', '#e08e0b', '#00798c', '#6b4226'];

const WIDTH = 840;
const PLOT = { left: 56, right: 500, top: 40, bottom: 300 };
const HEIGHT = 350;
const DAY = 86_400_000;

/**
 * `career history --svg`: every move's scores over time as one standalone
 * SVG chart, drawn by hand (no library): the score axis from 0 to 100 with
 * its grid, a date axis, the verdict thresholds as dashed lines, a line and
 * a mark per attempt for each move (the mark's title gives date, score and
 * verdict), check-ins as hollow diamonds at the shared score, and a legend.
 */
export function renderHistorySvg(
  moves: readonly MoveProgress[],
  names: HistoryNames,
  thresholds: readonly Threshold[],
): string {
  const times = moves.flatMap((m) => [
    ...m.attempts.map((a) => Date.parse(a.date)),
    ...m.checkins.map((c) => Date.parse(c.date)),
  ]);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    '<title>Readiness over time (career history)</title>',
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${PLOT.left}" y="22" font-size="15" font-weight="bold" fill="#222222">Readiness over time</text>`,
  ];
  if (times.length === 0) {
    out.push(
      `<text x="${PLOT.left}" y="${PLOT.top + 40}" fill="#555555">No quiz attempts yet. Take one with: career quiz</text>`,
      '</svg>',
    );
    return `${out.join('\n')}\n`;
  }
  // One day either side of a single date, so its marks sit mid-chart, not on an edge.
  let first = Math.min(...times);
  let last = Math.max(...times);
  if (last - first < DAY) {
    first -= DAY;
    last += DAY;
  }
  const x = (time: number) =>
    PLOT.left + ((time - first) / (last - first)) * (PLOT.right - PLOT.left);
  const y = (score: number) => PLOT.bottom - (score / 100) * (PLOT.bottom - PLOT.top);

  // The score axis: grid every 25 points, labelled.
  out.push('<g class="axis score-axis" fill="#555555" text-anchor="end">');
  for (let score = 0; score <= 100; score += 25)
    out.push(
      `<line x1="${PLOT.left}" y1="${num(y(score))}" x2="${PLOT.right}" y2="${num(y(score))}" stroke="#e4e4e4"/>`,
      `<text x="${PLOT.left - 8}" y="${num(y(score) + 4)}">${score}</text>`,
    );
  out.push(
    `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${PLOT.bottom}" stroke="#888888"/>`,
    `<text x="16" y="${num((PLOT.top + PLOT.bottom) / 2)}" text-anchor="middle" transform="rotate(-90 16 ${num((PLOT.top + PLOT.bottom) / 2)})">Score</text>`,
    '</g>',
  );

  // The date axis: up to six ticks, evenly spaced, each labelled with its date.
  const ticks = Math.min(6, Math.max(2, new Set(times.map((t) => Math.floor(t / DAY))).size));
  out.push('<g class="axis date-axis" fill="#555555" text-anchor="middle">');
  out.push(
    `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="#888888"/>`,
  );
  for (let i = 0; i < ticks; i++) {
    const time = first + ((last - first) * i) / (ticks - 1);
    const at = num(x(time));
    out.push(
      `<line x1="${at}" y1="${PLOT.bottom}" x2="${at}" y2="${PLOT.bottom + 5}" stroke="#888888"/>`,
      `<text class="date" x="${at}" y="${PLOT.bottom + 19}">${xml(formatDate(new Date(time).toISOString()).slice(0, 10))}</text>`,
    );
  }
  out.push('</g>');

  // The verdict thresholds.
  out.push('<g class="thresholds" font-size="11">');
  for (const threshold of thresholds) {
    if (threshold.score <= 0 || threshold.score > 100) continue;
    const at = num(y(threshold.score));
    out.push(
      `<line class="threshold" x1="${PLOT.left}" y1="${at}" x2="${PLOT.right}" y2="${at}" stroke="#999999" stroke-dasharray="6 4"/>`,
      `<text x="${PLOT.left + 6}" y="${num(y(threshold.score) - 5)}" fill="#666666">${xml(threshold.title)} (${threshold.score})</text>`,
    );
  }
  out.push('</g>');

  for (const [index, move] of moves.entries()) {
    const colour = PALETTE[index % PALETTE.length] as string;
    const title = `${names.role(move.from)} → ${names.role(move.to)}`;
    out.push(
      `<g class="move" fill="${colour}" stroke="${colour}">`,
      `<title>${xml(title)}</title>`,
    );
    if (move.attempts.length > 1)
      out.push(
        `<polyline fill="none" stroke-width="2" points="${move.attempts.map((a) => `${num(x(Date.parse(a.date)))},${num(y(a.score))}`).join(' ')}"/>`,
      );
    for (const attempt of move.attempts)
      out.push(
        `<circle class="attempt" cx="${num(x(Date.parse(attempt.date)))}" cy="${num(y(attempt.score))}" r="4.5"><title>${xml(`${formatDate(attempt.date)}: ${attempt.score}, ${names.verdict(attempt.verdict)}`)}</title></circle>`,
      );
    for (const checkin of move.checkins) {
      const cx = x(Date.parse(checkin.date));
      const cy = y(checkin.shared.score);
      out.push(
        `<path class="checkin" fill="#ffffff" stroke-width="2" d="M${num(cx)} ${num(cy - 6)}L${num(cx + 6)} ${num(cy)}L${num(cx)} ${num(cy + 6)}L${num(cx - 6)} ${num(cy)}Z"><title>${xml(`Check-in ${formatDate(checkin.date)}${checkin.for ? ` for ${checkin.for}` : ''}: shared ${checkin.shared.score}; self ${checkin.self.score}, ${checkin.manager.by ?? 'manager'} ${checkin.manager.score}`)}</title></path>`,
      );
    }
    out.push('</g>');
    const ly = PLOT.top + 8 + index * 22;
    out.push(
      `<g class="legend"><rect x="${PLOT.right + 20}" y="${ly - 9}" width="12" height="12" fill="${colour}"/><text x="${PLOT.right + 38}" y="${ly + 1}" fill="#222222">${xml(title)}</text></g>`,
    );
  }
  if (moves.some((m) => m.checkins.length > 0)) {
    const ly = PLOT.top + 8 + moves.length * 22;
    out.push(
      `<g class="legend"><path d="M${PLOT.right + 26} ${ly - 9}L${PLOT.right + 32} ${ly - 3}L${PLOT.right + 26} ${ly + 3}L${PLOT.right + 20} ${ly - 3}Z" fill="#ffffff" stroke="#555555" stroke-width="2"/><text x="${PLOT.right + 38}" y="${ly + 1}" fill="#222222">check-in (shared score)</text></g>`,
    );
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
