import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { devNull } from 'node:os';
import type { OutputStream } from './io.js';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EBADF') return 'it is not open for writing';
  if (code === 'EIO') return 'an input/output error';
  return (error as Error).message;
}

/**
 * Whether a descriptor is a terminal, without loading node:tty where the
 * answer is plain: node:tty brings node:net and Node's streams with it,
 * about 3 ms of every start, while only a character device can be a
 * terminal, and /dev/null (where a script sends what it does not read) is
 * one that is not.
 */
export function isTerminal(fd: number): boolean {
  try {
    const device = fstatSync(fd);
    if (!device.isCharacterDevice()) return false;
    if (device.rdev === statSync(devNull).rdev) return false;
  } catch {
    // Not a descriptor stat can read: node:tty decides.
  }
  const { isatty } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return isatty(fd);
}

/**
 * stdout or stderr without Node's stream: when the output is a pipe or a
 * file, text goes straight to the file descriptor, so a run never loads
 * Node's stream machinery (a visible share of start-up). On a terminal the
 * real stream is used, made on first use, for its width and its handling of
 * the terminal. Writes are whole: a full pipe is waited on, not dropped.
 *
 * An output that cannot be written is never a reason to stop the command
 * half-way (a quiz would print its result, then die before saving it): from
 * then on output is dropped, the command finishes, and `failure()` says
 * why. A reader that has gone (EPIPE: `career list | head -1`) is normal and
 * no failure; a full disk or a closed descriptor is, for `main` to report.
 */
export function fdStream(fd: 1 | 2, stream: () => NodeJS.WriteStream): OutputStream {
  let known: boolean | undefined;
  const isTTY = () => {
    known ??= isTerminal(fd);
    return known;
  };
  let closed = false;
  let failure: string | undefined;
  return {
    get isTTY() {
      return isTTY();
    },
    stream,
    get columns() {
      return isTTY() ? stream().columns : undefined;
    },
    failure: () => failure,
    write(chunk: string) {
      if (isTTY()) return stream().write(chunk);
      if (closed) return false;
      let bytes = Buffer.from(chunk, 'utf8');
      while (bytes.length > 0) {
        try {
          bytes = bytes.subarray(writeSync(fd, bytes));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // A descriptor left non-blocking by whoever started us: wait for the reader.
          if (code === 'EAGAIN') {
            Atomics.wait(sleeper, 0, 0, 1);
            continue;
          }
          closed = true;
          if (code !== 'EPIPE') failure = why(error);
          return false;
        }
      }
      return true;
    },
  };
}
