import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { OutputStream } from './io.js';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * stdout or stderr without Node's stream: when the output is a pipe or a
 * file, text goes straight to the file descriptor, so a run never loads
 * Node's stream machinery (a visible share of start-up). On a terminal the
 * real stream is used, made on first use, for its width and its handling of
 * the terminal. Writes are whole: a full pipe is waited on, not dropped.
 * When the reader has gone (EPIPE: `career list | head -1`), `onClosed`
 * decides what happens.
 */
export function fdStream(
  fd: 1 | 2,
  stream: () => NodeJS.WriteStream,
  onClosed: () => void,
): OutputStream {
  const terminal = isatty(fd);
  let closed = false;
  return {
    isTTY: terminal,
    stream,
    get columns() {
      return terminal ? stream().columns : undefined;
    },
    write(chunk: string) {
      if (terminal) return stream().write(chunk);
      if (closed) return false;
      let bytes = Buffer.from(chunk, 'utf8');
      while (bytes.length > 0) {
        try {
          bytes = bytes.subarray(writeSync(fd, bytes));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // A descriptor left non-blocking by whoever started us: wait for the reader.
          if (code === 'EAGAIN') Atomics.wait(sleeper, 0, 0, 1);
          else if (code === 'EPIPE') {
            closed = true;
            onClosed();
            return false;
          } else throw error;
        }
      }
      return true;
    },
  };
}
