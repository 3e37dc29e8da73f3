/**
 * How many columns text takes on a terminal. Colour takes none: an ANSI
 * colour sequence, or the marker the program's own styles write in its
 * place (`\uE000…\uE001`, turned into ESC only as output is written, see
 * src/cli/safe-text.ts), counts for nothing. Every other code point counts
 * one: the titles and box characters drawn here are all one column wide.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point.
const COLOUR = /(?:\u001b|\uE000[^\uE001]*\uE001)\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  let width = 0;
  for (const _ of text.replace(COLOUR, '')) width++;
  return width;
}

/** Text cut to at most `width` columns, an ellipsis marking the cut (plain text only). */
export function truncate(text: string, width: number): string {
  const points = [...text];
  if (points.length <= width) return text;
  if (width <= 1) return '…'.slice(0, Math.max(0, width));
  return `${points.slice(0, width - 1).join('')}…`;
}

/** Plain text padded with spaces to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
