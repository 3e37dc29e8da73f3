import { describe, expect, it } from 'vitest';
import { markdownText } from '../../../src/text/markdown.js';
import { writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

// A role whose texts are Markdown and HTML: a wiki must show them as text.
const HOSTILE = writeTree({
  'evil.yaml': `roles:
  - id: evil
    title: "<img src=x onerror=alert(1)> *Growth* [hacker](http://x)"
    track: digital-marketing
    level: associate
    summary: "Runs _growth_ experiments <b>bold</b>"
    aliases: ["\`code\`", "# heading"]
    responsibilities: ["Run **growth** experiments", "# Not a heading", "1. Not a list"]
    advancesTo: [digital-marketing-manager]
`,
});

/** Markdown a text would be read as: raw HTML, emphasis, a link, code, a heading or a list at a line's start. */
const RAW = [
  /(^|[^\\])<img/,
  /(^|[^\\])<b>/,
  /(^|[^\\])\*Growth\*/,
  /(^|[^\\])\[hacker\]/,
  /(^|[^\\])`code`/,
  /^\s*(- )?# (heading|Not)/m,
  /^\s*- 1\. Not/m,
];

describe('--markdown shows text from the data as text', () => {
  for (const args of [
    ['show', 'evil'],
    ['compare', 'evil', 'seo-specialist'],
    ['search', 'growth'],
    ['path', 'evil'],
    ['path', 'evil', '--to', 'digital-marketing-manager'],
    ['skills', 'evil'],
    ['list'],
  ]) {
    it(`career ${args.join(' ')} --markdown`, async () => {
      const run = await runMain(['--data', HOSTILE, ...args, '--markdown']);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toContain('Growth');
      // The program's own bold (labels, the words a search matched) aside.
      const text = run.stdout.replaceAll('**', '');
      for (const pattern of RAW) expect(text).not.toMatch(pattern);
    });
  }

  it('escapes what Markdown reads, and leaves plain text as it is', () => {
    expect(markdownText('<img> *a* _b_ [c](d) `e` ~f~ \\')).toBe(
      '\\<img\\> \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\~f\\~ \\\\',
    );
    expect(markdownText('# title')).toBe('\\# title');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('1. item')).toBe('1\\. item');
    expect(markdownText('E-commerce analyst: A/B tests (SEO/SEM), 3.5 days')).toBe(
      'E-commerce analyst: A/B tests (SEO/SEM), 3.5 days',
    );
  });
});
