import { lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolder } from '../io/make-folder.js';
import { MiB, type ReadError, readBounded } from '../io/read-bounded.js';
import { replaceWhole } from '../io/write-whole.js';
import { LOCK_TIMEOUT_MS, type LockTimeout, withLock } from './lock.js';
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

/**
 * The largest history read: years of daily quizzes are a few MiB, and a
 * file far past this is not a history (or a link to a device that never
 * ends), so it is refused rather than read until memory runs out.
 */
export const HISTORY_LIMIT = 256 * MiB;

function reason(error: unknown): string {
  if (error instanceof Error && error.name === 'ReadError') return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'the folder is read-only or not yours';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file stands where its folder should be';
  return (error as Error).message;
}

/** The file's bytes; a missing file is an empty history. */
function readBytes(file: string): Buffer {
  try {
    return readBounded(file, HISTORY_LIMIT);
  } catch (error) {
    if ((error as ReadError).name === 'ReadError' && (error as ReadError).code === 'ENOENT')
      return Buffer.alloc(0);
    throw error;
  }
}

/**
 * The file to write: history.jsonl itself, or, when it is a symbolic link
 * (a history kept in a synced folder), the file it points to. Renaming a
 * new file over the link would replace the link with a copy, silently
 * ending the sync; writing beside the target keeps the link.
 */
function target(file: string): string {
  let link: boolean;
  try {
    link = lstatSync(file).isSymbolicLink();
  } catch {
    return file;
  }
  let real = file;
  if (link) {
    try {
      real = realpathSync(file);
    } catch (error) {
      throw new HistoryError(
        `cannot save to ${file}: it is a symbolic link to ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'a file that does not exist' : `something that cannot be reached (${reason(error)})`}; fix or remove the link`,
        file,
      );
    }
  }
  // Refused before a lock is made beside it: a lock file in /dev helps no one.
  if (!statSync(real).isFile())
    throw new HistoryError(
      `cannot save to ${file}: ${link ? `it is a symbolic link to ${real}, which is` : 'it is'} not a regular file`,
      file,
    );
  return real;
}

const NEWLINE = Buffer.from('\n');

/** A new copy keeps the old file's permissions (a history shared read-only with a group); a first one is private. */
function modeOf(file: string): number {
  try {
    return statSync(file).mode & 0o777;
  } catch {
    return 0o600;
  }
}

/** Any failure of a write under the lock, as the one error a command reports. */
function historyError(error: unknown, file: string, doing: 'save to' | 'clear'): HistoryError {
  if (error instanceof HistoryError) return error;
  if (error instanceof Error && error.name === 'LockTimeout')
    return new HistoryError(
      `${(error as LockTimeout).lock} has been held for ${LOCK_TIMEOUT_MS / 1000} s by another career; if none is running, delete it`,
      file,
    );
  return new HistoryError(`cannot ${doing} ${file}: ${reason(error)}`, file);
}

/**
 * Adds one record to the history file, whole or not at all. The new file
 * is written beside the old one, every byte checked, flushed, and renamed
 * over it under a lock, so concurrent runs never interleave or lose a
 * record, and a failed write (read-only folder, full disk) leaves the file
 * exactly as it was. The old bytes are copied as bytes, never decoded, so
 * a damaged line, an invalid byte or a byte-order mark is kept exactly:
 * history is never deleted or changed.
 */
export function appendRecord(file: string, record: HistoryRecord): void {
  try {
    const real = target(file);
    makeFolder(dirname(real));
    withLock(real, (heartbeat) => {
      const existing = readBytes(real);
      const parts = [existing];
      if (existing.length > 0 && existing[existing.length - 1] !== NEWLINE[0]) parts.push(NEWLINE);
      parts.push(Buffer.from(`${JSON.stringify(record)}\n`, 'utf8'));
      replaceWhole(real, parts, { between: heartbeat, mode: modeOf(real) });
    });
  } catch (error) {
    throw historyError(error, file, 'save to');
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
    // A byte-order mark, as some editors add, is not part of the first record.
    text = readBytes(file)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } catch (error) {
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

/**
 * Empties the history file, whole or not at all: under the lock, so a quiz
 * saving at the same moment is either kept whole before the clearing or
 * written whole after it, and through a replacing write, so a failure leaves
 * every record in place. Returns how many records there were; a history
 * never written is already empty.
 */
export function clearHistory(file: string): number {
  try {
    try {
      lstatSync(file);
    } catch (error) {
      // Never written (and its folder perhaps never made): nothing to clear, and no lock to take.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    const real = target(file);
    return withLock(real, () => {
      const existing = readBytes(real);
      if (existing.length === 0) return 0;
      const count = existing
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== '').length;
      replaceWhole(real, [], { mode: modeOf(real) });
      return count;
    });
  } catch (error) {
    throw historyError(error, file, 'clear');
  }
}
