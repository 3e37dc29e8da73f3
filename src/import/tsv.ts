/** Rows of a tab-separated file with a header row, each a map from column name to value. */
export interface Table {
  columns: string[];
  rows: Record<string, string | undefined>[];
  /** The line each row stands on in the file (1 is the header), for messages. */
  lines: number[];
  /** Rows that cannot be read whole, with their line. */
  problems: { line: number; message: string }[];
  /** True when the file quotes its fields (as a spreadsheet's or Python's tab-delimited export does). */
  quoted: boolean;
}

/** One row's cells and the line it starts on, or why it cannot be read. */
interface Record_ {
  cells: string[];
  line: number;
  problem?: string;
}

/**
 * The records of a tab-separated text. O*NET's own release never quotes:
 * a `"` inside a task ("Conduct "head counts" …") is text, and no cell
 * starts with one. A spreadsheet's or Python's csv module's tab-delimited
 * export quotes a cell that holds a quote, a tab or a line break
 * (`"Conduct ""head counts"" …"`): such a file is recognized by a cell that
 * starts with a quote, and read as quoted, a doubled quote being one, a
 * quoted cell running on over line breaks. A quoted cell that never closes,
 * or text after its closing quote, is a problem on its line: never text
 * with quotes left in it.
 */
function records(text: string): { quoted: boolean; records: Record_[] } {
  const quoted = /(^|\t|\n)"/.test(text);
  const out: Record_[] = [];
  if (!quoted) {
    for (const [index, line] of text.split(/\r?\n/).entries())
      out.push({ cells: line.split('\t'), line: index + 1 });
    return { quoted, records: out };
  }
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const start = line;
    const cells: string[] = [];
    let problem: string | undefined;
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close < 0) {
            problem = `a quoted field opened on line ${opened} never closes`;
            cell += text.slice(i);
            i = n;
            break;
          }
          const part = text.slice(i, close);
          for (const ch of part) if (ch === '\n') line++;
          cell += part;
          if (text[close + 1] === '"') {
            cell += '"';
            i = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        // After a closing quote: the next cell, the end of the row, or the end of the file.
        if (!problem && i < n && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') {
          problem =
            'text after the closing quote of a quoted field (a quote inside a quoted field is written "")';
          const end = text.indexOf('\n', i);
          i = end < 0 ? n : end;
        }
      } else {
        let end = i;
        while (end < n && text[end] !== '\t' && text[end] !== '\n') end++;
        cell = text.slice(i, end).replace(/\r$/, '');
        i = end;
      }
      cells.push(cell);
      if (i < n && text[i] === '\r') i++;
      if (i < n && text[i] === '\t') {
        i++;
        continue;
      }
      break;
    }
    out.push(problem ? { cells, line: start, problem } : { cells, line: start });
    if (i >= n) break;
    // The line break that ends the row.
    i++;
    line++;
  }
  return { quoted, records: out };
}

/**
 * Reads O*NET's tab-delimited text: the header row names the columns (read
 * by name, since newer releases add columns), a byte-order mark and Windows
 * line endings are tolerated, and `n/a` or an empty cell means missing. A
 * row with fewer cells than the header has columns is a problem, not a row
 * with missing values: every row of a release is whole, so a short one means
 * a file cut short (the last line of a truncated download) or a damaged one.
 * A file written with quoted fields is read as such (records()).
 */
export function parseTsv(text: string): Table {
  const { quoted, records: all } = records(text.replace(/^\uFEFF/, ''));
  const columns = (all[0]?.cells ?? []).map((c) => c.trim());
  const table: Table = { columns, rows: [], lines: [], problems: [], quoted };
  for (const [index, record] of all.entries()) {
    const { cells, line, problem } = record;
    if (index === 0 || (cells.length === 1 && (cells[0] ?? '').trim() === '')) continue;
    if (problem) {
      table.problems.push({ line, message: problem });
      continue;
    }
    if (cells.length < columns.length) {
      table.problems.push({
        line,
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
    table.lines.push(line);
  }
  return table;
}
