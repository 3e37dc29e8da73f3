import { describe, expect, it } from 'vitest';
import { ANSI } from '../../helpers/cli.js';
import { runMain, TERMINAL } from '../../helpers/run-main.js';

const RECORD_KEYS = [
  'id',
  'title',
  'track',
  'level',
  'summary',
  'aliases',
  'responsibilities',
  'skills',
  'advancesTo',
  'reachedFrom',
  'code',
  'source',
];

describe('career show', () => {
  it('lays a role out for reading', async () => {
    const { stdout, stderr, code } = await runMain(['show', 'seo-specialist']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(ANSI);
    expect(stdout).toMatch(
      /^SEO specialist {2}\(seo-specialist\)\nDigital marketing · Associate · O\*NET-SOC 13-1161\.01\n/,
    );
    expect(stdout).toContain('Also known as: SEO, Search engine optimization specialist');
    expect(stdout).toContain(
      'Responsibilities\n  • Develop optimization strategies to improve search rankings\n',
    );
    expect(stdout).toContain('  • Update links to optimize search rankings\n');
    expect(stdout).toContain(
      'Leads to\n  → Digital marketing manager (digital-marketing-manager)\n',
    );
    expect(stdout).toContain('Reached from\n  none listed: a starting role\n');
  });

  it('shows the roles that lead to an advanced role', async () => {
    const { stdout } = await runMain(['show', 'e-commerce-product-manager']);
    expect(stdout).toContain(
      'Reached from\n  ← E-commerce analyst (e-commerce-analyst)\n  ← E-commerce specialist (e-commerce-specialist)\n',
    );
    expect(stdout).toContain('Leads to\n  none listed\n');
  });

  it('finds a role by title or alias, whatever the case and punctuation', async () => {
    for (const name of [
      'SEO Specialist',
      'seo_specialist',
      'Search Engine Optimization specialist',
      'SEO',
    ]) {
      const { stdout, code } = await runMain(['show', name, '--json']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).id).toBe('seo-specialist');
    }
    const pm = await runMain(['show', 'ecommerce PM', '--json']);
    expect(JSON.parse(pm.stdout).id).toBe('e-commerce-product-manager');
  });

  it('prints the full role record as JSON: an object for one role, an array for several', async () => {
    const one = await runMain(['show', 'digital-marketing-manager', '--json']);
    const record = JSON.parse(one.stdout);
    expect(Object.keys(record)).toEqual(RECORD_KEYS);
    expect(record.responsibilities).toContain(
      'Plan, execute and evaluate A/B tests and experiments',
    );
    expect(record.advancesTo).toEqual([]);
    expect(record.reachedFrom).toContain('seo-specialist');
    const several = await runMain(['show', 'sem-specialist', 'account-manager', '--json']);
    const records = JSON.parse(several.stdout);
    expect(records.map((r: { id: string }) => r.id)).toEqual(['sem-specialist', 'account-manager']);
    expect(records[0].advancesTo).toEqual(['digital-marketing-manager', 'account-manager']);
  });

  it('prints YAML with --yaml', async () => {
    const { stdout, code } = await runMain(['show', 'account-manager', '--yaml']);
    expect(code).toBe(0);
    // A knowledge-base file (issue 11): a roles: list, loadable with --data as it is.
    expect(stdout).toMatch(/^roles:\n {2}- id: account-manager\n {4}title: Account manager\n/);
    expect(stdout).toContain(
      'responsibilities:\n      - Build and maintain client relationships\n',
    );
  });

  it('prints a Markdown document with --markdown', async () => {
    const { stdout, code } = await runMain(['show', 'social-media-strategist', '--markdown']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^# Social media strategist\n\n- \*\*Id:\*\* `social-media-strategist`\n- \*\*Track:\*\* Digital marketing\n- \*\*Level:\*\* Advanced\n/,
    );
    expect(stdout).toContain('## Responsibilities\n\n- Manage and oversee social media content\n');
    expect(stdout).toContain(
      '## Reached from\n\n- Digital marketing coordinator (`digital-marketing-coordinator`)\n',
    );
  });

  it('answers an unknown role with one line of suggestions, exit 1 and nothing on stdout', async () => {
    const { stdout, stderr, code } = await runMain(['show', 'seo-specalist']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'career: unknown role "seo-specalist", did you mean "seo-specialist", "sem-specialist" or "social-media-specialist"?\n',
    );
    expect(stderr).not.toMatch(/ {4}at /);
  });

  it('prints nothing at all when one of several roles is unknown', async () => {
    const { stdout, stderr, code } = await runMain([
      'show',
      'seo-specialist',
      'astronaut',
      '--json',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('career: unknown role "astronaut"; run "career list" to see every role\n');
  });

  it('colours only when asked to or on a terminal, and never with NO_COLOR', async () => {
    const forced = await runMain(['show', 'seo-specialist'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
    const forcedOff = await runMain(['show', 'seo-specialist'], {
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(forcedOff.stdout).not.toMatch(ANSI);
    const flag = await runMain(['show', 'seo-specialist', '--no-color'], {
      env: { FORCE_COLOR: '1' },
    });
    expect(flag.stdout).not.toMatch(ANSI);
    const json = await runMain(['show', 'seo-specialist', '--json'], { env: { FORCE_COLOR: '1' } });
    expect(json.stdout).not.toMatch(ANSI);
    const terminal = await runMain(['show', 'seo-specialist'], TERMINAL);
    expect(terminal.stdout).toMatch(ANSI);
    const dumb = await runMain(['show', 'seo-specialist'], { ...TERMINAL, env: { TERM: 'dumb' } });
    expect(dumb.stdout).not.toMatch(ANSI);
  });

  it('wraps prose to the width of the terminal', async () => {
    const { stdout } = await runMain(['show', 'digital-marketing-manager', '--no-color'], {
      ...TERMINAL,
      columns: 50,
    });
    // The heading and the links to other roles (→, ←) hold an id, which is
    // never split; the prose must fit.
    const lines = stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .filter((line) => !/^ {2}[→←]/.test(line));
    expect(lines.length).toBeGreaterThan(15);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(50);
    expect(stdout).toContain('  • Plan and execute digital marketing, including\n    SEO/SEM');
  });
});
