import { fdStream } from './fd-stream.js';
import type { Prompter } from './prompts.js';

/**
 * The world a command runs in, passed in rather than reached for, so a test
 * can run the whole program in-process with its own streams and environment.
 */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  /** The Node stream behind it, for libraries that draw on a stream (the prompts). */
  stream?: () => NodeJS.WritableStream;
  /** Why output could not be written (a full disk, a closed descriptor), once it could not. */
  failure?: () => string | undefined;
}

export interface InputStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The clock and the prompts, when not the real ones: a test's fixed date and scripted answers. */
  now?: () => Date;
  prompter?: Prompter;
}

/** This process's streams, environment and folder. */
export function processIo(): Io {
  return {
    stdout: fdStream(1, () => process.stdout),
    stderr: fdStream(2, () => process.stderr),
    // Made on first use: creating stdin loads streams only the quiz needs.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
