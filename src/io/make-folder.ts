import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A folder that could not be made: `path` is the one that failed, `code` the system's reason. */
export class FolderError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    /** Why, in a person's words. */
    readonly reason: string,
  ) {
    super(`cannot create the folder ${path}: ${reason}`);
    this.name = 'FolderError';
  }
}

function reason(code: string | undefined, error: unknown): string {
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'the place is read-only or not yours';
  if (code === 'ENOENT') return 'the system does not allow a folder there';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file stands where a folder should be';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  return (error as Error).message;
}

/**
 * Makes `folder` and any missing parents, one `mkdir` at a time from the
 * nearest folder that exists. Node's `mkdir -p` retries a parent whenever a
 * child fails with ENOENT, which loops forever under /proc, where a parent
 * exists but refuses children with ENOENT; here each missing folder is
 * tried exactly once, so every failure is one error, never a hang. A
 * folder that appears meanwhile (another run making it too) is fine, unless
 * `fresh` asks for `folder` itself to be new (a temporary folder of one's own).
 */
export function makeFolder(folder: string, options: { fresh?: boolean } = {}): void {
  const missing: string[] = [];
  const wanted = resolve(folder);
  let current = wanted;
  for (;;) {
    try {
      if (statSync(current).isDirectory()) {
        if (options.fresh && current === wanted)
          throw new FolderError(current, 'EEXIST', 'it already exists');
        break;
      }
      throw new FolderError(current, 'ENOTDIR', reason('ENOTDIR', undefined));
    } catch (error) {
      if (error instanceof FolderError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new FolderError(current, code ?? 'EIO', reason(code, error));
    }
    missing.push(current);
    const parent = dirname(current);
    // The root always exists; a path that is its own parent has nothing above it to make.
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && isFolder(path) && !(options.fresh && path === wanted)) continue;
      throw new FolderError(path, code ?? 'EIO', reason(code, error));
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
