import { controlsIn, hasControl } from '../text/controls.js';
import type { KnowledgeBaseIssue } from './errors.js';
import type { ParsedFile } from './parse-file.js';
import { type FieldPath, formatPath } from './source-map.js';

/**
 * Every text in a file that holds a control character (an escape, a bell):
 * printed raw, it would drive the terminal. The program shows such
 * characters escaped, so this is a warning, not a problem: the file loads.
 * The walk follows the file's own nesting (a handful of levels, fixed by the
 * schema), visiting each value once.
 */
export function controlCharacterWarnings(parsed: ParsedFile): KnowledgeBaseIssue[] {
  const warnings: KnowledgeBaseIssue[] = [];
  const pending: { value: unknown; path: FieldPath }[] = [{ value: parsed.data, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (!hasControl(value)) continue;
      const { line, column } = parsed.sourceMap.position(path);
      warnings.push({
        file: parsed.file,
        line,
        column,
        field: formatPath(path),
        message: `contains control characters (${controlsIn(value)}), which a terminal would obey; they are shown escaped`,
      });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        pending.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        pending.push({ value: child, path: [...path, key] });
      }
    }
  }
  return warnings;
}
