import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { career, careerInTerminal } from '../helpers/cli.js';
import { TRACKS, writeTree } from '../helpers/files.js';

/** A role of one's own: a code that is not O*NET's, and a responsibility that names no skill. */
const OWN = `${TRACKS}skills:
  - id: writing
    title: Writing
    kind: practice
    description: Putting words on the page.
    terms: [write]
roles:
  - id: writer
    title: Writer
    track: marketing
    level: junior
    code: W-12
    summary: Writes.
    responsibilities: [Write the blog]
  - id: thinker
    title: Thinker
    track: marketing
    level: junior
    summary: Thinks.
    responsibilities: [Ponder]
`;

describe('career show: skills and the occupation code', () => {
  it("prints the role's practices, tools and knowledge, and where to see what carries them", () => {
    const { stdout, code } = careerInTerminal(['show', 'e-commerce-specialist', '--no-color'], {
      columns: 80,
    });
    expect(code).toBe(0);
    const skills = stdout.slice(stdout.indexOf('\nSkills\n'), stdout.indexOf('\nLeads to\n'));
    expect(skills).toMatch(/^\nSkills\n {2}Practices {2}\S/);
    expect(skills).toMatch(/\n {2}Tools {6}\S/);
    expect(skills).toContain('E-commerce platforms (Shopify, WooCommerce, Adobe Commerce,');
    expect(skills).toContain('Shopping feeds and marketplaces (Google Merchant\n');
    expect(skills).toMatch(/\n {2}Knowledge {2}Marketing fundamentals; E-commerce business\n/);
    expect(skills).toContain(
      '  Which responsibilities carry them: career skills e-commerce-specialist\n',
    );
    // Skills come after the responsibilities, before the roles around it.
    expect(stdout.indexOf('\nResponsibilities\n')).toBeLessThan(stdout.indexOf('\nSkills\n'));
  });

  it('names the classification of the code, and prints the attribution of its source', async () => {
    const { stdout } = await career(['show', 'sem-specialist']);
    expect(stdout).toMatch(
      /^SEM specialist {2}\(sem-specialist\)\nDigital marketing · Associate · O\*NET-SOC 13-1161\.01\n/,
    );
    expect(stdout).toMatch(
      /\nSource: The occupation code and the tools of this role draw on the O\*NET 27\.0\nDatabase/,
    );
    const markdown = await career(['show', 'sem-specialist', '--markdown']);
    expect(markdown.stdout).toContain('- **O\\*NET-SOC:** 13-1161.01\n');
    // Markdown would read the asterisk of O*NET as the end of the italics.
    expect(markdown.stdout).toContain(
      '\n*Source: The occupation code and the tools of this role draw on the O\\*NET 27.0 Database',
    );
  });

  it('puts the code on its own line when the terminal is too narrow for it', () => {
    const { stdout } = careerInTerminal(['show', 'account-manager', '--no-color'], { columns: 50 });
    expect(stdout).toContain('\nDigital marketing · Advanced\nO*NET-SOC 11-2011.00\n');
  });

  it('prints the skills in Markdown', async () => {
    const { stdout, code } = await career(['show', 'seo-specialist', '--markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '## Skills',
        '',
        '- **Practices:** Strategy and planning; Search engine optimization; Keyword research; Analytics; Link building',
        '- **Tools:** Google Search Console; SEO suites (Semrush, Ahrefs, Moz, Screaming Frog); Web analytics (Google Analytics 4, Adobe Analytics); Spreadsheets (Microsoft Excel, Google Sheets)',
        '',
        '## Leads to',
      ].join('\n'),
    );
  });

  it('gives the skills as [{id, title, kind}] in --json, practices first; --yaml keeps only the tagged ids', async () => {
    const json = await career(['show', 'seo-specialist', '--json']);
    const record = JSON.parse(json.stdout);
    expect(record.skills).toEqual([
      { id: 'strategy', title: 'Strategy and planning', kind: 'practice' },
      { id: 'seo', title: 'Search engine optimization', kind: 'practice' },
      { id: 'keyword-research', title: 'Keyword research', kind: 'practice' },
      { id: 'analytics', title: 'Analytics', kind: 'practice' },
      { id: 'link-building', title: 'Link building', kind: 'practice' },
      { id: 'search-console', title: 'Google Search Console', kind: 'tool' },
      {
        id: 'seo-suites',
        title: 'SEO suites (Semrush, Ahrefs, Moz, Screaming Frog)',
        kind: 'tool',
      },
      {
        id: 'web-analytics-tools',
        title: 'Web analytics (Google Analytics 4, Adobe Analytics)',
        kind: 'tool',
      },
      { id: 'spreadsheets', title: 'Spreadsheets (Microsoft Excel, Google Sheets)', kind: 'tool' },
    ]);
    expect(record.code).toBe('13-1161.01');
    expect(record.source.id).toBe('onet-technology-skills');
    const yaml = await career(['show', 'seo-specialist', '--yaml']);
    // --yaml is a knowledge-base file (issue 11): the skills worked out from the text are --json's only.
    const stored = parse(yaml.stdout).roles[0];
    expect(stored.skills).toEqual([
      'search-console',
      'seo-suites',
      'web-analytics-tools',
      'spreadsheets',
    ]);
    expect(stored.source).toBe('onet-technology-skills');
    // The same skills as `career skills ROLE`, in the same order.
    const listed = await career(['skills', 'seo-specialist']);
    expect(
      listed.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual(record.skills.map((s: { id: string }) => s.id));
  });

  it('says "Code" for a code of another classification, and leaves out Skills for a role with none', async () => {
    const dir = writeTree({ 'kb.yaml': OWN });
    const writer = await career(['--no-builtin', '--data', dir, 'show', 'writer']);
    expect(writer.stdout).toMatch(/^Writer {2}\(writer\)\nMarketing · Junior · Code W-12\n/);
    expect(writer.stdout).toContain('\nSkills\n  Practices  Writing\n');
    const thinker = await career(['--no-builtin', '--data', dir, 'show', 'thinker', '--json']);
    expect(JSON.parse(thinker.stdout).skills).toEqual([]);
    const text = await career(['--no-builtin', '--data', dir, 'show', 'thinker']);
    expect(text.stdout).not.toContain('Skills');
    const markdown = await career(['--no-builtin', '--data', dir, 'show', 'thinker', '--markdown']);
    expect(markdown.stdout).not.toContain('## Skills');
  });
});
