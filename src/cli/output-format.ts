/** The machine-readable formats a command can be asked for instead of its layout for people. */
export type OutputFormat = 'json' | 'yaml' | 'markdown';

export function chosenFormat(options: {
  json?: boolean;
  yaml?: boolean;
  markdown?: boolean;
}): OutputFormat | undefined {
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
