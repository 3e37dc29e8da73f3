import { displayWidth } from './width.js';

/** A piece of a laid-out line: text kept whole where it can be. */
export interface Piece {
  text: string;
  /** The spacing before it when it follows another piece on its line (' ', or '  ' before a column). */
  gap: string;
  /** What it breaks into, a space apart, when it is too wide for a line of its own (default: its words). */
  parts?: readonly string[];
}

/**
 * A line of pieces too long for `width`, wrapped: `lead` (a tree's `├─ `,
 * say) kept as it is on the first line, `indent` as it is on every line
 * after it, and each piece whole on the line it starts on, its gap kept;
 * a piece that starts a line goes without its gap. Only a piece too wide
 * for any line is broken, into its parts, and a part wider still stays
 * whole: a long line is better than a word cut in two. Widths are terminal
 * columns (`displayWidth`), so styled text wraps where it shows.
 */
export function wrapPieces(
  lead: string,
  pieces: readonly Piece[],
  width: number,
  indent: string,
): string {
  const lines: string[] = [];
  let line = lead;
  let used = displayWidth(lead);
  let empty = true;
  const room = width - displayWidth(indent);
  const place = (text: string, gap: string) => {
    const size = displayWidth(text);
    if (!empty && used + gap.length + size > width) {
      lines.push(line);
      line = indent + text;
      used = displayWidth(indent) + size;
    } else {
      line += (empty ? '' : gap) + text;
      used += (empty ? 0 : gap.length) + size;
    }
    empty = false;
  };
  for (const piece of pieces) {
    const size = displayWidth(piece.text);
    const fits = used + (empty ? 0 : piece.gap.length) + size <= width;
    if (fits || size <= room) place(piece.text, piece.gap);
    else {
      const parts = piece.parts ?? piece.text.split(/\s+/).filter(Boolean);
      for (const [index, part] of parts.entries()) place(part, index === 0 ? piece.gap : ' ');
    }
  }
  lines.push(line);
  return lines.join('\n');
}
