/** Rows of a tab-separated file with a header row, each a map from column name to value. */
export interface Table {
  columns: string[];
  rows: Record<string, string | undefined>[];
}

/**
 * Reads O*NET's tab-delimited text: the header row names the columns (read
 * by name, since newer releases add columns), a byte-order mark and Windows
 * line endings are tolerated, and `n/a` or an empty cell means missing.
 */
export function parseTsv(text: string): Table {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const columns = (lines[0] ?? '').split('\t').map((c) => c.trim());
  const rows: Table['rows'] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const row: Record<string, string | undefined> = {};
    for (const [i, column] of columns.entries()) {
      const value = cells[i]?.trim();
      row[column] =
        value === undefined || value === '' || value.toLowerCase() === 'n/a' ? undefined : value;
    }
    rows.push(row);
  }
  return { columns, rows };
}
