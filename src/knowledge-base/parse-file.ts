import { closest, suggesting } from '../text/similarity.js';
import type { KnowledgeBaseIssue } from './errors.js';
import {
  answerOptionSchema,
  type KnowledgeBaseFile,
  knowledgeBaseFileSchema,
  questionSchema,
  readinessSchema,
  SECTION_FIELDS,
  type Section,
  verdictSchema,
} from './schema.js';
import { type FieldPath, formatPath, type SourceMap } from './source-map.js';
import { readYamlSource } from './yaml-source.js';

/** A file that parsed and matched the schema, with the map back to its source. */
export interface ParsedFile {
  file: string;
  data: KnowledgeBaseFile;
  sourceMap: SourceMap;
}

export type ParseResult =
  | { ok: true; parsed: ParsedFile }
  | { ok: false; issues: KnowledgeBaseIssue[] };

/** The fields allowed in the object at `path`, for "did you mean". */
function knownFields(path: FieldPath): string[] {
  if (path.length === 0) return Object.keys(knowledgeBaseFileSchema.shape);
  if (path[0] === 'readiness') {
    if (path.length === 1) return Object.keys(readinessSchema.shape);
    if (path.length === 3 && path[1] === 'questions') return Object.keys(questionSchema.shape);
    if (path.length === 3 && path[1] === 'verdicts') return Object.keys(verdictSchema.shape);
    if (path.length === 5 && path[3] === 'options') return Object.keys(answerOptionSchema.shape);
    return [];
  }
  const schema = SECTION_FIELDS[path[0] as Section];
  return schema && path.length === 2 ? Object.keys(schema.shape) : [];
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A value as a message shows it: short, and on one line whatever it holds. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping',
  boolean: 'true or false',
  number: 'a number',
};

/**
 * Parses one file's text into a knowledge-base section set. Every problem is
 * returned, each with the line and column it stands at, rather than thrown:
 * `career validate` reports them all at once.
 */
export function parseKnowledgeBaseFile(file: string, text: string): ParseResult {
  const source = readYamlSource(text);
  if (!source.ok) return { ok: false, issues: source.problems.map((p) => ({ file, ...p })) };
  const { data, sourceMap } = source;
  // A problem with the file as a whole is reported at its start.
  const wholeFile = (message: string): ParseResult => ({
    ok: false,
    issues: [{ file, line: 1, column: 1, message }],
  });
  if (data === null || data === undefined) {
    return wholeFile('the file is empty: expected sections such as "roles:" or "tracks:"');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return wholeFile(
      `expected a mapping of sections such as "roles:" or "tracks:", not ${describe(data)}`,
    );
  }

  const result = knowledgeBaseFileSchema.safeParse(data);
  if (result.success) return { ok: true, parsed: { file, data: result.data, sourceMap } };

  const issues: KnowledgeBaseIssue[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          file,
          ...sourceMap.position([...path, key], true),
          field: formatPath([...path, key]),
          message: suggesting('unknown field', closest(key, knownFields(path), 1)),
        });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      const value = valueAt(data, path);
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      message =
        value === undefined
          ? `is required (${expected})`
          : `must be ${expected}, not ${describe(value)}`;
    }
    if (issue.code === 'invalid_value') {
      // One of a few words ("practice", "tool" or "knowledge"): name them all.
      const words = issue.values.map((v) => JSON.stringify(v));
      const choices =
        words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words.join('');
      message = `must be ${choices}, not ${describe(valueAt(data, path))}`;
    }
    issues.push({ file, ...sourceMap.position(path), field: formatPath(path), message });
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ok: false, issues };
}
