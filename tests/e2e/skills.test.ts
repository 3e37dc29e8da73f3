import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ANSI, career, careerInTerminal } from '../helpers/cli.js';
import { TRACKS, writeTree } from '../helpers/files.js';

interface CatalogRecord {
  id: string;
  title: string;
  kind: string;
  description: string;
  terms: string[];
  usedFor?: string[];
  roles: string[];
}

/**
 * A knowledge base of one role, to see every way a role gets a skill:
 * a responsibility names it ("write"), the role lists a tool that serves
 * it, and `withoutSkills` removes one its text names by accident.
 */
const WRITERS = `${TRACKS}skills:
  - id: writing
    title: Writing
    kind: practice
    description: Putting words on the page.
    terms: [write, blog posts]
  - id: newsletters
    title: Newsletters
    kind: practice
    description: Mail to subscribers.
    terms: [newsletter]
  - id: editor
    title: Text editor (Vim)
    kind: tool
    description: Where words are typed.
    terms: [Vim]
    usedFor: [writing]
  - id: grammar
    title: Grammar
    kind: knowledge
    description: The rules of the language.
    terms: [grammar]
roles:
  - id: writer
    title: Writer
    track: marketing
    level: junior
    summary: Writes.
    responsibilities:
      - Plan the week
      - Write blog posts
      - Mention the newsletter in passing
    skills: [editor]
    withoutSkills: [newsletters]
`;

describe('career skills: the taxonomy', () => {
  it('prints one skill a line when piped: id, title, kind, how many roles, description', async () => {
    const { stdout, stderr, code } = await career(['skills']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).not.toMatch(ANSI);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(rows[0]).toEqual([
      'seo',
      'Search engine optimization',
      'practice',
      expect.stringMatching(/^[1-9]\d*$/),
      'Improving where pages rank in organic search results.',
    ]);
    // Grouped by kind: every practice, then every tool, then the knowledge.
    const kinds = rows.map((row) => row[2]);
    expect([...new Set(kinds)]).toEqual(['practice', 'tool', 'knowledge']);
    expect(kinds).toEqual([...kinds].sort((a, b) => order(a) - order(b)));
    expect(rows.find((row) => row[0] === 'analytics')?.[3]).toBe('12');
  });

  it('counts, for each skill, the roles whose skills include it', async () => {
    const catalog = await career(['skills', '--json']);
    expect(catalog.code).toBe(0);
    const skills: CatalogRecord[] = JSON.parse(catalog.stdout);
    const ids = (await career(['list', '--json'])).stdout;
    const roles: { id: string }[] = JSON.parse(ids);
    const shown = await career(['show', ...roles.map((r) => r.id), '--json']);
    const records: { id: string; skills: { id: string }[] }[] = JSON.parse(shown.stdout);
    for (const skill of skills) {
      const users = records.filter((r) => r.skills.some((s) => s.id === skill.id)).map((r) => r.id);
      expect({ skill: skill.id, roles: skill.roles }).toEqual({ skill: skill.id, roles: users });
    }
    const piped = (await career(['skills'])).stdout.trimEnd().split('\n');
    expect(piped.map((line) => line.split('\t')[3])).toEqual(
      skills.map((s) => String(s.roles.length)),
    );
  });

  it('gives scripts every field of each skill as JSON, and the same as YAML', async () => {
    const json = await career(['skills', '--json']);
    const skills: CatalogRecord[] = JSON.parse(json.stdout);
    const tool = skills.find((s) => s.id === 'ecommerce-platforms');
    expect(tool).toMatchObject({
      title: 'E-commerce platforms (Shopify, WooCommerce, Adobe Commerce, BigCommerce)',
      kind: 'tool',
      usedFor: ['conversion-optimization', 'product-management', 'campaign-management'],
    });
    expect(tool?.terms).toContain('Shopify');
    expect(tool?.roles).toEqual(
      expect.arrayContaining(['e-commerce-specialist', 'e-commerce-product-manager']),
    );
    expect(Object.keys(skills[0] as object)).toEqual([
      'id',
      'title',
      'kind',
      'description',
      'terms',
      'deliverable',
      'evidence',
      'roles',
    ]);
    const yaml = await career(['skills', '--yaml']);
    expect(yaml.code).toBe(0);
    expect(parse(yaml.stdout)).toEqual(skills);
  });

  it('lays the taxonomy out by kind on a terminal, within its width', () => {
    const { stdout, code } = careerInTerminal(['skills', '--no-color'], { columns: 80 });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Practices {2}ways of working\n {2}seo {2,}Search engine optimization · \d+ roles\n/,
    );
    expect(stdout).toContain('\nTools  products people in these roles use\n');
    expect(stdout).toContain('\nKnowledge  what to know\n');
    expect(stdout).toMatch(/\n {2}link-building {2,}Link building · 1 role\n/);
    expect(stdout).toMatch(/\n\d+ skills\. A role's skills: career skills <role>\n$/);
    const lines = stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('prints a table per kind with --markdown', async () => {
    const { stdout, code } = await career(['skills', '--markdown']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^# Skills\n\n## Practices\n\nWays of working\.\n\n\| Id \| Skill \| Roles \| Description \|\n\| --- \| --- \| --- \| --- \|\n\| `seo` \| Search engine optimization \| \d+ \| Improving where pages rank in organic search results\. \|\n/,
    );
    expect(stdout).toContain('\n## Tools\n');
    expect(stdout).toContain('\n## Knowledge\n');
  });

  it('marks a skill no role uses, in a knowledge base of ones own', async () => {
    const dir = writeTree({ 'kb.yaml': WRITERS });
    const piped = await career(['--no-builtin', '--data', dir, 'skills']);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(
      [
        'writing\tWriting\tpractice\t1\tPutting words on the page.',
        'newsletters\tNewsletters\tpractice\t0\tMail to subscribers.',
        'editor\tText editor (Vim)\ttool\t1\tWhere words are typed.',
        'grammar\tGrammar\tknowledge\t0\tThe rules of the language.',
        '',
      ].join('\n'),
    );
    const terminal = careerInTerminal(['--no-builtin', '--data', dir, 'skills', '--no-color']);
    expect(terminal.stdout).toContain('  grammar      Grammar · no role\n');
  });
});

describe('career skills ROLE', () => {
  it('lists the role skills by kind, each with the responsibilities that carry it', () => {
    const { stdout, code } = careerInTerminal(['skills', 'SEO specialist', '--no-color'], {
      columns: 80,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^SEO specialist {2}\(seo-specialist\)\n\nPractices\n/);
    expect(stdout).toContain(
      [
        '  Search engine optimization  (seo)',
        '    • Develop optimization strategies to improve search rankings',
        '    • Implement keywords for SEO',
        '    • Monitor metrics to understand SEO performance',
        '    • Update links to optimize search rankings',
        '  Keyword research  (keyword-research)',
        '    • Implement keywords for SEO',
      ].join('\n'),
    );
    // A tool the role's data lists: said so, with the practices it serves.
    expect(stdout).toContain(
      [
        '\nTools',
        '  Google Search Console  (search-console)',
        '    listed for the role; serves: Search engine optimization, Keyword research,',
        '      Link building',
        '    • Develop optimization strategies to improve search rankings',
      ].join('\n'),
    );
    expect(stdout).toContain(
      '  Web analytics (Google Analytics 4, Adobe Analytics)  (web-analytics-tools)\n    listed for the role; serves: Analytics\n    • Monitor metrics to understand SEO performance\n',
    );
    expect(stdout).toMatch(/\n9 skills\. The whole taxonomy: career skills\n$/);
  });

  it('keeps every line within the width of the terminal', () => {
    const { stdout } = careerInTerminal(['skills', 'e-commerce-product-manager', '--no-color'], {
      columns: 60,
    });
    const lines = stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(stdout).toContain(
      '  E-commerce platforms (Shopify, WooCommerce, Adobe\n    Commerce, BigCommerce)  (ecommerce-platforms)\n',
    );
  });

  it('prints one skill a line when piped: id, title, kind, named or listed, responsibility numbers', async () => {
    const dir = writeTree({ 'kb.yaml': WRITERS });
    const { stdout, code } = await career(['--no-builtin', '--data', dir, 'skills', 'writer']);
    expect(code).toBe(0);
    // "newsletter" is named by responsibility 3, but the role says it does not use it.
    expect(stdout).toBe(
      'writing\tWriting\tpractice\tnamed\t2\neditor\tText editor (Vim)\ttool\tlisted\t2\n',
    );
    const builtIn = await career(['skills', 'sem-specialist']);
    expect(builtIn.stdout.split('\n')).toContain(
      'search-ad-platforms\tSearch ad platforms (Google Ads, Microsoft Advertising)\ttool\tlisted\t2,3,4',
    );
  });

  it('gives the same as JSON and YAML, and as Markdown', async () => {
    const dir = writeTree({ 'kb.yaml': WRITERS });
    const args = ['--no-builtin', '--data', dir, 'skills', 'Writer'];
    const json = await career([...args, '--json']);
    expect(json.code).toBe(0);
    const record = JSON.parse(json.stdout);
    expect(record).toEqual({
      role: { id: 'writer', title: 'Writer' },
      skills: [
        {
          id: 'writing',
          title: 'Writing',
          kind: 'practice',
          listed: false,
          responsibilities: ['Write blog posts'],
          serves: [],
        },
        {
          id: 'editor',
          title: 'Text editor (Vim)',
          kind: 'tool',
          listed: true,
          responsibilities: ['Write blog posts'],
          serves: ['writing'],
        },
      ],
    });
    const yaml = await career([...args, '--yaml']);
    expect(parse(yaml.stdout)).toEqual(record);
    const markdown = await career([...args, '--markdown']);
    expect(markdown.stdout).toBe(
      [
        '# Skills of Writer',
        '',
        '## Practices',
        '',
        '- **Writing** (`writing`)',
        '  - Write blog posts',
        '',
        '## Tools',
        '',
        '- **Text editor (Vim)** (`editor`) (listed for the role; serves: Writing)',
        '  - Write blog posts',
        '',
      ].join('\n'),
    );
  });

  it('answers an unknown role as show does: one line of suggestions, exit 1, nothing on stdout', async () => {
    const skills = await career(['skills', 'seo-specalist', '--json']);
    const show = await career(['show', 'seo-specalist']);
    expect(skills).toEqual({ code: 1, stdout: '', stderr: show.stderr });
    expect(skills.stderr).toBe(
      'career: unknown role "seo-specalist", did you mean "seo-specialist", "sem-specialist" or "social-media-specialist"?\n',
    );
  });

  it('refuses two formats at once as a usage error', async () => {
    const { code, stdout, stderr } = await career(['skills', '--json', '--yaml']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain("option '--json' cannot be used with option '--yaml'");
  });

  it('completes skill ids for the shell, and role names after the command', async () => {
    const { stdout } = await career(['__complete', 'skills']);
    expect(stdout.split('\n')).toEqual(expect.arrayContaining(['seo', 'spreadsheets']));
    const bash = await career(['completion', 'bash']);
    expect(bash.stdout).toContain('    skills:0) _career_values roles ;;\n');
  });
});

function order(kind: string | undefined): number {
  return ['practice', 'tool', 'knowledge'].indexOf(kind ?? '');
}
