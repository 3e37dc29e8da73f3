import { readFileSync, statSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { crossCheck } from './cross-check.js';
import { KnowledgeBaseError, type KnowledgeBaseIssue } from './errors.js';
import { expandPath, MAX_FILE_BYTES } from './files.js';
import type { KnowledgeBase } from './model.js';
import { type ParsedFile, parseKnowledgeBaseFile } from './parse-file.js';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

/** Reads one file as UTF-8 text, or says why it cannot be used. */
export function readText(file: string): { text: string } | { issue: KnowledgeBaseIssue } {
  try {
    const stat = statSync(file);
    // A pipe or a device would block the read, or never end: only regular files are read.
    if (!stat.isFile()) return { issue: { file, message: 'is not a regular file' } };
    const size = stat.size;
    if (size > MAX_FILE_BYTES) {
      return {
        issue: {
          file,
          message: `is ${(size / 1024 / 1024).toFixed(0)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for one file`,
        },
      };
    }
    const bytes = readFileSync(file);
    if (bytes.includes(0)) return { issue: { file, message: 'is a binary file, not YAML text' } };
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch (error) {
    if (error instanceof TypeError) return { issue: { file, message: 'is not UTF-8 text' } };
    return { issue: { file, message: reason(error) } };
  }
}

export interface CheckOptions {
  /** The knowledge base the files are layered on (the built-in one), if any. */
  base?: KnowledgeBase;
  /** Told what the load does next (a file it reads, the checks): for a progress line. */
  onStep?: (what: string) => void;
}

/**
 * Reads and checks the files and folders given, collecting every issue.
 * Each path is a layer: records in a later one replace those of the same id
 * in the base or an earlier layer; within one layer, ids must be unique.
 */
export function checkKnowledgeBase(
  paths: readonly string[],
  options: CheckOptions = {},
): {
  knowledgeBase: KnowledgeBase;
  issues: KnowledgeBaseIssue[];
  files: string[];
  layers: ParsedFile[][];
} {
  const issues: KnowledgeBaseIssue[] = [];
  const layers: ParsedFile[][] = [];
  const files: string[] = [];
  for (const path of paths) {
    const layer: ParsedFile[] = [];
    layers.push(layer);
    let expanded: string[];
    try {
      expanded = expandPath(path);
    } catch (error) {
      // The folder below that could not be read, if it was one, rather than the path given.
      issues.push({ file: (error as NodeJS.ErrnoException).path ?? path, message: reason(error) });
      continue;
    }
    if (expanded.length === 0) issues.push({ file: path, message: 'holds no .yaml or .yml files' });
    for (const file of expanded) {
      files.push(file);
      // The file within the folder given: the part of the path that changes from step to step.
      options.onStep?.(`reading ${relative(path, file) || basename(file)}`);
      const read = readText(file);
      if ('issue' in read) {
        issues.push(read.issue);
        continue;
      }
      const result = parseKnowledgeBaseFile(file, read.text);
      if (result.ok) layer.push(result.parsed);
      else issues.push(...result.issues);
    }
  }
  options.onStep?.(`checking ${layers.reduce((sum, layer) => sum + layer.length, 0)} files`);
  const checked = crossCheck(layers, options.base);
  return {
    knowledgeBase: checked.knowledgeBase,
    issues: [...issues, ...checked.issues],
    files,
    layers,
  };
}

/** Loads a knowledge base, or throws a KnowledgeBaseError listing every issue. */
export function loadKnowledgeBase(
  paths: readonly string[],
  options: CheckOptions = {},
): KnowledgeBase {
  const { knowledgeBase, issues } = checkKnowledgeBase(paths, options);
  if (issues.length > 0) throw new KnowledgeBaseError(issues);
  return knowledgeBase;
}
