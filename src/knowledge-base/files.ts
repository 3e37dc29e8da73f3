import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Far larger than any hand-written file, and than any file of a whole O*NET
 * import (the largest is under 1 MiB): a guard against reading a disk image
 * or a log by mistake.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const YAML_FILE = /\.ya?ml$/i;

/**
 * The YAML files a path names: itself, or every .yaml/.yml below it, in a
 * stable order (sorted by their path below the folder).
 *
 * Links are followed, to files and to folders, but each folder is read
 * once: a folder met again through a link (a link to itself or to a folder
 * above it, two links to one folder) is skipped, so a loop of links ends
 * and no file is loaded twice by way of two folders. Folders are told apart
 * by device and inode, as the file system does, and links are followed only
 * after every folder reached without one, so a file is named by its own
 * path when it has one below the folder. The walk is iterative: nesting of
 * any depth cannot overflow the call stack.
 */
export function expandPath(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const visited = new Set<string>();
  const found: string[] = [];
  // Folders to read, as paths relative to `path` ('' for itself); then those reached by links.
  const folders: string[] = [];
  const links: string[] = [];
  const enter = (name: string) => {
    const { dev, ino } = statSync(join(path, name));
    const key = `${dev}:${ino}`;
    if (visited.has(key)) return;
    visited.add(key);
    folders.push(name);
  };
  enter('');
  for (let link = 0; folders.length > 0 || link < links.length; ) {
    if (folders.length === 0) {
      enter(links[link++] as string);
      continue;
    }
    const folder = folders.pop() as string;
    const entries = readdirSync(join(path, folder), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = folder === '' ? entry.name : join(folder, entry.name);
      if (entry.isDirectory()) enter(name);
      else if (entry.isSymbolicLink() && isFolder(join(path, name))) links.push(name);
      // Anything else with a YAML name, even a broken link or a pipe: the reader says what is wrong with it.
      else if (YAML_FILE.test(entry.name)) found.push(name);
    }
  }
  return found.sort().map((name) => join(path, name));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
