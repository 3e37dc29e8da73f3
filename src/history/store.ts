import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { type HistoryRecord, isHistoryRecord } from './record.js';

/** A history file that could not be read or written; the message says why, in a person's words. */
export class HistoryError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'HistoryError';
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'the folder is read-only or not yours';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file stands where its folder should be';
  return (error as Error).message;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/** How long a lock may be held before it is taken to be left by a crashed process. */
const STALE_LOCK_MS = 30_000;
const LOCK_TIMEOUT_MS = 15_000;

/**
 * Holds `FILE.lock` while `work` runs. The lock is a file created
 * exclusively, so of several processes exactly one holds it; the others
 * wait their turn. A lock older than any write could take is left from a
 * crash, and is cleared.
 */
function withLock<T>(file: string, work: () => T): T {
  const lock = `${file}.lock`;
  const start = Date.now();
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) unlinkSync(lock);
      } catch {
        // Gone already: the holder finished. Try again.
      }
      if (Date.now() - start > LOCK_TIMEOUT_MS)
        throw new HistoryError(
          `${lock} has been locked for ${LOCK_TIMEOUT_MS / 1000} s; if no other career is running, delete it`,
          file,
        );
      sleep(5 + Math.random() * 20);
    }
  }
  try {
    return work();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // Nothing to clean up.
    }
  }
}

/**
 * Adds one record to the history file. The new file is written beside the
 * old one and renamed over it under a lock, so concurrent runs never
 * interleave or lose a record, and a failed write (read-only folder, full
 * disk) leaves the file exactly as it was. Lines that are not records are
 * kept as they are: history is never deleted.
 */
export function appendRecord(file: string, record: HistoryRecord): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    withLock(file, () => {
      let existing = '';
      try {
        existing = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
      const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        const fd = openSync(temporary, 'wx', 0o600);
        try {
          writeSync(fd, `${existing}${separator}${JSON.stringify(record)}\n`);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temporary, file);
      } catch (error) {
        try {
          unlinkSync(temporary);
        } catch {
          // Never created.
        }
        throw error;
      }
    });
  } catch (error) {
    if (error instanceof HistoryError) throw error;
    throw new HistoryError(`cannot save to ${file}: ${reason(error)}`, file);
  }
}

export interface SkippedLine {
  line: number;
  reason: string;
}

/** Reads every record, oldest first; lines that are not records are reported, not dropped from the file. */
export function readHistory(file: string): { records: HistoryRecord[]; skipped: SkippedLine[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], skipped: [] };
    throw new HistoryError(`cannot read ${file}: ${reason(error)}`, file);
  }
  const records: HistoryRecord[] = [];
  const skipped: SkippedLine[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isHistoryRecord(value)) records.push(value);
      else skipped.push({ line: index + 1, reason: 'not a quiz record' });
    } catch {
      skipped.push({ line: index + 1, reason: 'damaged (not JSON)' });
    }
  }
  return { records, skipped };
}
