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
  const { stringify } = await import('yaml');
  return stringify(value, { lineWidth: 0 });
}
