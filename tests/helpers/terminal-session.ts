import { spawn } from 'node:child_process';
import { BIN, cleanEnv, ROOT } from './cli.js';

/** What to wait for on the terminal, then the keys to type. */
export type Step = [waitFor: string, keys: string];

export interface Session {
  /** Everything written to the terminal, escape sequences and all. */
  raw: string;
  code: number | null;
}

/**
 * Runs the CLI in a pseudo-terminal (util-linux `script`) and types into it
 * as a person would: each step waits until its text has been drawn, then
 * types its keys. Unlike `careerInTerminal`, keys never arrive before the
 * prompt that reads them.
 */
export function typeInTerminal(
  args: readonly string[],
  steps: readonly Step[],
  options: {
    columns?: number;
    env?: Record<string, string | undefined>;
    /** Run with no TERM at all: `script` itself names one (dumb) when there is none. */
    noTerm?: boolean;
  } = {},
): Promise<Session> {
  const quoted = [process.execPath, BIN, ...args]
    .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  const child = spawn(
    'script',
    [
      '-qec',
      `stty cols ${options.columns ?? 80} rows 40; ${options.noTerm ? 'unset TERM; ' : ''}${quoted}`,
      '/dev/null',
    ],
    { cwd: ROOT, env: cleanEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let raw = '';
    let next = 0;
    let searched = 0;
    let typing = false;
    const timer = setTimeout(() => child.kill(), 20_000);
    // The next step's text may already be drawn (one chunk can hold several), so look again after typing.
    const advance = () => {
      const step = steps[next];
      if (typing || !step) return;
      const at = raw.indexOf(step[0], searched);
      if (at < 0) return;
      next++;
      searched = at + step[0].length;
      typing = true;
      // A moment for the prompt to finish drawing and start reading.
      setTimeout(() => {
        child.stdin.write(step[1]);
        typing = false;
        advance();
      }, 250);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      raw += chunk;
      advance();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ raw, code });
    });
  });
}

/**
 * The screen a terminal of `columns` would show after `raw`: the few
 * sequences the prompt library draws with (cursor up, down and to a
 * column, erase a line) applied, colour dropped, long lines wrapped.
 */
export function screen(raw: string, columns: number): string[] {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  const line = () => {
    while (rows.length <= row) rows.push([]);
    return rows[row] as string[];
  };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is read here.
  const tokens = raw.match(/\u001b\[[0-9;?]*[A-Za-z]|[\s\S]/gu) ?? [];
  for (const token of tokens) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is read here.
    const sequence = /^\u001b\[([0-9;?]*)([A-Za-z])$/u.exec(token);
    if (sequence) {
      const n = Number(sequence[1] || 1);
      const kind = sequence[2];
      if (kind === 'A') row = Math.max(0, row - n);
      else if (kind === 'B') row += n;
      else if (kind === 'G') col = n - 1;
      else if (kind === 'K') rows[row] = [];
      continue;
    }
    if (token === '\r') col = 0;
    else if (token === '\n') row++;
    else {
      if (col >= columns) {
        row++;
        col = 0;
      }
      const cells = line();
      while (cells.length < col) cells.push(' ');
      cells[col++] = token;
    }
  }
  return rows.map((cells) => cells.join('').trimEnd());
}
