import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

/**
 * A title holding a C1 control (U+009B, a terminal's CSI) is data: every
 * command's JSON says it the JSON way, so the document still parses and the
 * character reaches the script as it is in the file.
 */
describe('JSON and YAML keep C1 controls as data', () => {
  const folder = writeTree({
    'roles.yaml': `roles:
  - id: seo-specialist
    title: "SEO \\u009b specialist"
    track: digital-marketing
    level: associate
    summary: Grows organic traffic.
    responsibilities: [Implement keywords for SEO]
    advancesTo: [digital-marketing-manager]
`,
  });
  const env = { CAREER_NO_CACHE: '1' };

  it.each([
    [
      'compare',
      ['compare', 'seo-specialist', 'sem-specialist'],
      (d: { a: { title: string } }) => d.a.title,
    ],
    [
      'search',
      ['search', 'keywords'],
      (d: { id: string; title: string }[]) => d.find((h) => h.id === 'seo-specialist')?.title,
    ],
  ] as const)('%s --json and --yaml', async (_name, args, title) => {
    const json = await runMain(['--data', folder, ...args, '--json'], { env });
    expect(json.code).toBe(0);
    expect(json.stdout).toContain('SEO \\u009b specialist');
    expect(title(JSON.parse(json.stdout))).toBe('SEO \u009b specialist');
    const yaml = await runMain(['--data', folder, ...args, '--yaml'], { env });
    expect(yaml.code).toBe(0);
    expect(title(parse(yaml.stdout))).toBe('SEO \u009b specialist');
  });
});
