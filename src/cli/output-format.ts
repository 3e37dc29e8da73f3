import { Option } from 'commander';

/**
 * Every output format a command can be asked for, and how its option reads in
 * help: the one place a format is named. A command lists the ones it prints
 * through `formatOptions`; the flags of one command exclude each other.
 */
const FORMAT_FLAGS = {
  json: 'print JSON, for scripts and jq',
  yaml: 'print YAML',
  markdown: 'print Markdown, for a wiki or a document',
  svg: 'print an SVG image',
} as const;

export type FormatFlag = keyof typeof FORMAT_FLAGS;

/** The machine-readable formats a command can be asked for instead of its layout for people. */
export type OutputFormat = 'json' | 'yaml' | 'markdown';

/** `career path --format`'s choices: the graph as text, as a diagram language, a document, or data. */
export const PATH_FORMATS = ['tree', 'dot', 'mermaid', 'json', 'yaml', 'markdown', 'svg'] as const;
export type PathFormat = (typeof PATH_FORMATS)[number];

/**
 * The options `--json`, `--yaml`… for the formats a command prints, each
 * excluding the others. `described` words a flag for this command where the
 * general wording would be vague ("the chart as an SVG image").
 */
export function formatOptions(
  formats: readonly FormatFlag[],
  described: Partial<Record<FormatFlag, string>> = {},
): Option[] {
  return formats.map((format) =>
    new Option(`--${format}`, described[format] ?? FORMAT_FLAGS[format]).conflicts(
      formats.filter((f) => f !== format),
    ),
  );
}

/** What commander hands an action for the flags `formatOptions` declares: the one given is true. */
export type FormatFlags = { [format in OutputFormat]?: boolean };

export function chosenFormat(options: FormatFlags): OutputFormat | undefined {
  if (options.json) return 'json';
  if (options.yaml) return 'yaml';
  if (options.markdown) return 'markdown';
  return undefined;
}

/** YAML is rarely asked for, so its library is loaded only then. */
export async function toYaml(value: unknown): Promise<string> {
  const { Document, visit } = await import('yaml');
  const document = new Document(value);
  // The yaml library escapes C0 controls but leaves DEL and C1 raw, even in a plain scalar.
  // In double quotes, the \x9b that the output escapes them to (safe-text.ts) is YAML for
  // that very character: the data stays data.
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /[\u007f-\u009f]/.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0 });
}

/**
 * JSON for scripts. JSON.stringify escapes U+0000 to U+001F but leaves DEL
 * and the C1 controls (U+0080 to U+009F, which some terminals obey) raw;
 * output then shows them escaped as `\x9b` (safe-text.ts), which is not
 * JSON. Escaped the JSON way here, they stay data and the document parses.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** Data for scripts: the same document as JSON or as YAML, whichever was asked for. */
export async function dataText(format: 'json' | 'yaml', value: unknown): Promise<string> {
  return format === 'json' ? toJson(value) : toYaml(value);
}

/** Whether the format asked for is data for scripts (JSON or YAML) rather than a layout. */
export const isData = (format: string | undefined): format is 'json' | 'yaml' =>
  format === 'json' || format === 'yaml';
