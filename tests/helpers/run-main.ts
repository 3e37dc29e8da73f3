import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { InputStream, Io, OutputStream } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { Prompter } from '../../src/cli/prompts.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { KnowledgeBase } from '../../src/knowledge-base/model.js';
import { type Result, ROOT } from './cli.js';

export interface InProcessOptions {
  /** Added to (or, with undefined, removed from) the clean environment below. */
  env?: Record<string, string | undefined>;
  /** What stdin holds; it ends after that. Without it, stdin is empty. */
  input?: string;
  cwd?: string;
  /** Whether each stream is a terminal (default: none is, as in a pipe). */
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  stdinTTY?: boolean;
  /** The terminal's width, for the streams that are terminals. */
  columns?: number;
  /** The clock the quiz dates its result with. */
  now?: () => Date;
  /** The quiz's questions answered from a script instead of a terminal. */
  prompter?: Prompter;
  /** Stands in for the built-in knowledge base (default: data/, as the build has it). */
  loadBuiltin?: () => KnowledgeBase;
}

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

/** Where runs that do not say otherwise keep history and cache: never the real home folder. */
const scratch = mkdtempSync(join(tmpdir(), 'career-main-'));

/**
 * The built-in knowledge base as the built program has it: data/ through the
 * real loader, then through JSON as `npm run build` stores it. Read once per
 * test file, handed out as a fresh copy each run.
 */
let builtin: string | undefined;
function loadBuiltin(): KnowledgeBase {
  builtin ??= JSON.stringify(loadKnowledgeBase([join(ROOT, 'data')]));
  return JSON.parse(builtin) as KnowledgeBase;
}

/** A stream that keeps what is written to it. */
function capture(isTTY: boolean, columns: number | undefined): OutputStream & { text: string } {
  return {
    text: '',
    isTTY,
    columns: isTTY ? columns : undefined,
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

/**
 * The environment `career()` gives a spawned run (tests/helpers/cli.ts), so
 * a test reads the same either way: no colour settings, no data locations
 * but scratch folders.
 */
function environment(extra: InProcessOptions['env'] = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    TERM: 'xterm-256color',
    CAREER_DATA_HOME: join(scratch, 'data'),
    CAREER_CACHE_HOME: join(scratch, 'cache'),
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/**
 * Runs one command line through `main()` (src/cli/main.ts) in this process,
 * as `bin/career.js` would in its own: same arguments, streams that keep
 * what is written, the given environment and folder. No build is needed,
 * and a run takes milliseconds, not a Node start-up.
 */
export async function runMain(
  args: readonly string[],
  options: InProcessOptions = {},
): Promise<Result> {
  const stdout = capture(options.stdoutTTY ?? false, options.columns ?? 100);
  const stderr = capture(options.stderrTTY ?? false, options.columns ?? 100);
  const stdin = Readable.from(options.input === undefined ? [] : [options.input], {
    objectMode: false,
  }) as InputStream;
  stdin.isTTY = options.stdinTTY ?? false;
  const io: Io = {
    stdout,
    stderr,
    stdin,
    env: environment(options.env),
    cwd: options.cwd ?? ROOT,
    now: options.now,
    prompter: options.prompter,
  };
  const code = await main({
    argv: args,
    io,
    loadBuiltin: options.loadBuiltin ?? loadBuiltin,
    version,
  });
  return { stdout: stdout.text, stderr: stderr.text, code };
}

/** A person at a terminal: every stream is one. */
export const TERMINAL = { stdoutTTY: true, stderrTTY: true, stdinTTY: true } as const;
