/** Text for one cell of a Markdown table: a pipe would end the cell, a line break the row. */
export function markdownCell(text: string): string {
  return markdownText(text.replace(/\s+/g, ' ')).replace(/\|/g, '\\|');
}

/** A Markdown table: a header row, the separator, a row per item. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/**
 * Text from data as Markdown shows it, not as Markdown reads it: each
 * character Markdown (and the HTML it lets through) gives a meaning is
 * escaped, so a title holding `<img …>`, `*` or `[a](b)` stays that text
 * in a wiki. A leading `#`, `-`, `+` or `1.` would start a heading or a
 * list, and is escaped too.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
