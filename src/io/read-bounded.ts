import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Why a file or stream could not be read, in a person's words. Callers turn
 * it into their own error: a user's file is a usage error, the program's
 * own files (history, cache) an I/O error. Recognised by name, not
 * instanceof: each bundled file carries its own copy of this class.
 */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly path: string,
    /** ENOENT when the file does not exist, so callers can treat a missing file as empty. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

export const MiB = 1024 * 1024;

function size(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MiB` : `${bytes} bytes`;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  return (error as Error).message;
}

/**
 * Reads a whole regular file, at most `limit` bytes, or throws a ReadError.
 *
 * Anything else is refused before a byte is read: a FIFO would wait for a
 * writer forever, /dev/zero (or a link to it) never ends, a folder is not a
 * file. The file is opened non-blocking, so opening a FIFO does not wait
 * for a writer either, then checked with fstat on the open descriptor (no
 * race with a file swapped in between). A file that grows past the limit
 * while it is read is refused too.
 */
export function readBounded(path: string, limit: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new ReadError(describe(error), path, (error as NodeJS.ErrnoException).code);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ReadError('it is a folder', path, 'EISDIR');
    if (!stat.isFile())
      throw new ReadError(
        `it is ${stat.isFIFO() ? 'a pipe' : stat.isSocket() ? 'a socket' : 'a device'}, not a regular file`,
        path,
      );
    if (stat.size > limit)
      throw new ReadError(`it is ${size(stat.size)}, more than the ${size(limit)} allowed`, path);
    // One byte more than the limit, to notice a file that grew.
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(stat.size + 1, 64 * 1024)));
    let length = 0;
    let chunks: Buffer[] | undefined;
    let total = 0;
    for (;;) {
      if (length === buffer.length) {
        chunks ??= [];
        chunks.push(Buffer.from(buffer));
        length = 0;
      }
      let read: number;
      try {
        read = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (error) {
        throw new ReadError(describe(error), path, (error as NodeJS.ErrnoException).code);
      }
      if (read === 0) break;
      length += read;
      total += read;
      if (total > limit) throw new ReadError(`is more than the ${size(limit)} allowed`, path);
    }
    const last = buffer.subarray(0, length);
    // The usual case, one read: the bytes as they are, not a copy (megabytes for a cache entry).
    return chunks ? Buffer.concat([...chunks, last]) : last;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a stream (stdin) to its end, at most `limit` bytes: past the limit
 * it stops reading and rejects with a ReadError, rather than holding
 * everything until Node itself gives up.
 */
export function readStreamBounded(
  stream: NodeJS.ReadableStream,
  limit: number,
  name: string,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const cleanup = () => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      total += bytes.length;
      if (total > limit) {
        cleanup();
        stream.pause();
        (stream as { destroy?: () => void }).destroy?.();
        reject(new ReadError(`it is more than the ${size(limit)} allowed`, name));
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new ReadError(describe(error), name));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
