import { LineCounter, parseDocument } from 'yaml';
import { makePlainData } from './plain-data.js';
import { SourceMap } from './source-map.js';

/** A problem reading YAML, at the line and column it stands at (the start of the text when it has none). */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

export type YamlSource =
  | { ok: true; data: unknown; sourceMap: SourceMap }
  | { ok: false; problems: YamlProblem[] };

/** The YAML library's message, in a reader's words where it speaks of itself or of the stack. */
function plainYamlMessage(error: Error): string {
  if (/call stack/i.test(error.message)) return 'the document is nested too deeply to read';
  if (/multiple documents/i.test(error.message))
    return 'the file holds more than one YAML document (a second "---"); keep one per file';
  // A second guard only: plain-data.ts replaces every alias before the library sees one.
  if (/alias count/i.test(error.message))
    return 'too many aliases: the document would expand without bound (an "alias bomb")';
  return error.message.split('\n')[0] ?? error.message;
}

/**
 * Reads YAML (or JSON, which is YAML) that a person wrote, keeping where
 * each value stands so a problem can be reported at its line. Every file a
 * user hands the program goes through here, knowledge base and answers
 * alike, so each gets the same defences: a duplicated key is an error, not
 * a silent overwrite, a document whose aliases would expand past a limit
 * (an alias bomb) or is nested past the stack is a problem, never a crash,
 * and a tag outside YAML's core schema is refused (plain-data.ts).
 */
export function readYamlSource(text: string): YamlSource {
  const lines = new LineCounter();
  const atStart = (error: unknown): YamlSource => ({
    ok: false,
    problems: [
      { line: 1, column: 1, message: `invalid YAML: ${plainYamlMessage(error as Error)}` },
    ],
  });
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return atStart(error);
  }
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return { line, column: col, message: `invalid YAML: ${plainYamlMessage(error)}` };
      }),
    };
  }
  // Aliases are replaced by what they repeat, within a limit on the size they add; unknown tags are refused.
  const problems = makePlainData(document);
  if (problems.length > 0)
    return {
      ok: false,
      problems: problems.map(({ offset, message }) => {
        const { line, col } = lines.linePos(offset);
        return { line, column: col, message };
      }),
    };
  try {
    // No aliases are left; the library's own limit stays as a second guard.
    const data: unknown = document.toJS({ maxAliasCount: 100 });
    return { ok: true, data, sourceMap: new SourceMap(document, lines) };
  } catch (error) {
    return atStart(error);
  }
}
