/**
 * Wraps prose to a width, breaking between words, every line after the
 * first indented by `indent` (and the first by `firstIndent`). A word longer
 * than the width stays whole: a URL cut in two is worse than a long line.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** The width to lay text out for: the terminal's, within reason. */
export function textWidth(columns: number | undefined): number {
  if (!columns || columns < 20) return 80;
  return Math.min(columns, 100);
}
