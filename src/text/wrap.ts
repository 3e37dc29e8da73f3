import { displayWidth } from './width.js';

/**
 * Wraps prose to a width, breaking between words, every line after the
 * first indented by `indent` (and the first by `firstIndent`). Widths are
 * terminal columns (`displayWidth`), so styled text wraps where it shows. A
 * word longer than the width stays whole: a URL cut in two is worse than a
 * long line.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  let used = displayWidth(firstIndent);
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const size = displayWidth(word);
    if (!empty && used + 1 + size > width) {
      lines.push(line);
      line = indent + word;
      used = displayWidth(indent) + size;
    } else {
      line += (empty ? '' : ' ') + word;
      used += (empty ? 0 : 1) + size;
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

/**
 * A laid-out line as it is when it fits the width (its spacing kept, so
 * columns stay aligned), else wrapped with a hanging `indent`.
 */
export function fitLine(line: string, width: number, indent = '  '): string {
  if (displayWidth(line) <= width) return line;
  const lead = /^\s*/.exec(line)?.[0] ?? '';
  return wrap(line, width, indent, lead);
}

/**
 * Text of many lines with every line too long for `width` wrapped under
 * itself: under its second column when it has one (a table's "  2    usage
 * error: …", continued under "usage"), else under its own indent.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const lead = /^\s*/.exec(line)?.[0] ?? '';
      const column = /^\s*\S+(?: \S+)*\s{2,}/.exec(line)?.[0] ?? '';
      // The first column kept as it is, spacing and all; the rest wrapped under the second.
      if (column && column.length <= width / 2)
        return wrap(line.slice(column.length), width, ' '.repeat(column.length), column);
      return wrap(line, width, lead, lead);
    })
    .join('\n');
}
