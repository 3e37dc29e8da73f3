import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Far larger than any hand-written file, and than any file of a whole O*NET
 * import (the largest is under 1 MiB): a guard against reading a disk image
 * or a log by mistake.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const YAML_FILE = /\.ya?ml$/i;

/** The YAML files a path names: itself, or every .yaml/.yml below it, in a stable order. */
export function expandPath(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => YAML_FILE.test(name))
    .sort()
    .map((name) => join(path, name));
}
