/** Rows of a tab-separated file with a header row, each a map from column name to value. */
export interface Table {
  columns: string[];
  rows: Record<string, string | undefined>[];
  /** The line each row stands on in the file (1 is the header), for messages. */
  lines: number[];
  /** Rows that cannot be read whole, with their line. */
  problems: { line: number; message: string }[];
}

/**
 * Reads O*NET's tab-delimited text: the header row names the columns (read
 * by name, since newer releases add columns), a byte-order mark and Windows
 * line endings are tolerated, and `n/a` or an empty cell means missing. A
 * row with fewer cells than the header has columns is a problem, not a row
 * with missing values: every row of a release is whole, so a short one means
 * a file cut short (the last line of a truncated download) or a damaged one.
 */
export function parseTsv(text: string): Table {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const columns = (lines[0] ?? '').split('\t').map((c) => c.trim());
  const table: Table = { columns, rows: [], lines: [], problems: [] };
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells.length < columns.length) {
      table.problems.push({
        line: index + 1,
        message: `${cells.length} of the header's ${columns.length} columns: is the file cut short or damaged?`,
      });
      continue;
    }
    const row: Record<string, string | undefined> = {};
    for (const [i, column] of columns.entries()) {
      const value = cells[i]?.trim();
      row[column] =
        value === undefined || value === '' || value.toLowerCase() === 'n/a' ? undefined : value;
    }
    table.rows.push(row);
    table.lines.push(index + 1);
  }
  return table;
}
