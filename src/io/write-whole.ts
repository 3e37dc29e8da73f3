import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes every byte of `bytes` to `fd`, or throws. `write(2)` may write
 * fewer bytes than asked (a disk that fills up mid-write does exactly this:
 * a short count, then ENOSPC on the next call), so the count it returns is
 * looped on; a count of 0 for a non-empty buffer would loop forever, and is
 * taken as a full disk. `between` runs after each chunk (a lock's heartbeat).
 */
export function writeAll(fd: number, bytes: Uint8Array, between?: () => void): void {
  const CHUNK = 1 << 20;
  let offset = 0;
  while (offset < bytes.length) {
    const end = Math.min(offset + CHUNK, bytes.length);
    const written = writeSync(fd, bytes, offset, end - offset);
    if (written <= 0)
      throw Object.assign(new Error('no byte could be written'), { code: 'ENOSPC' });
    offset += written;
    between?.();
  }
}

/** A temporary file's name beside `file`: `history.jsonl.<pid>.<random>.tmp`. */
export function temporaryName(file: string): string {
  const random = Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
  return join(dirname(file), `${basename(file)}.${process.pid}.${random}.tmp`);
}

/** Whether `name` (a folder entry) is a temporary copy of `file` made by `temporaryName`. */
export function isTemporaryOf(file: string, name: string): boolean {
  const prefix = `${basename(file)}.`;
  return name.startsWith(prefix) && /^\d+\.[0-9a-f]{8}\.tmp$/.test(name.slice(prefix.length));
}

/**
 * Replaces `file` with `parts`, whole or not at all: they are written to a
 * new file beside it, flushed to the disk, and only then renamed over it,
 * so a reader or a crash sees the old file or the new one, never a part.
 * On any failure the new file is removed and the old one is untouched.
 */
export function replaceWhole(
  file: string,
  parts: readonly Uint8Array[],
  options: { mode?: number; between?: () => void } = {},
): void {
  const temporary = temporaryName(file);
  try {
    const fd = openSync(temporary, 'wx', options.mode ?? 0o600);
    try {
      for (const part of parts) writeAll(fd, part, options.between);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    throw error;
  }
  syncFolder(dirname(file));
}

/** Flushes a folder's entries, so a rename survives a power cut; not every system allows it. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort: the rename itself is already atomic.
  }
}
