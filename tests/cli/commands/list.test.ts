import { describe, expect, it } from 'vitest';
import { ANSI } from '../../helpers/cli.js';
import { runMain, TERMINAL } from '../../helpers/run-main.js';

describe('career list', () => {
  it('prints one tab-separated line per role when piped, with no header and no colour', async () => {
    const { stdout, stderr, code } = await runMain(['list']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(ANSI);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    for (const line of lines) expect(line.split('\t')).toHaveLength(4);
    expect(lines).toContain('seo-specialist\tSEO specialist\tdigital-marketing\tassociate');
    expect(lines).toContain(
      'e-commerce-product-manager\tE-commerce product manager\te-commerce\tadvanced',
    );
  });

  it('filters by track and by level, and both together', async () => {
    const ecommerce = await runMain(['list', '--track', 'e-commerce']);
    expect(
      ecommerce.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t')[0]),
    ).toEqual(['e-commerce-analyst', 'e-commerce-specialist', 'e-commerce-product-manager']);
    const advanced = await runMain(['list', '--level', 'advanced']);
    expect(advanced.stdout.trimEnd().split('\n')).toHaveLength(4);
    const both = await runMain(['list', '--track', 'Digital Marketing', '-l', 'associate']);
    expect(both.stdout.trimEnd().split('\n')).toHaveLength(6);
  });

  it('accepts a track however it is written', async () => {
    const { stdout, code } = await runMain([
      'list',
      '--track',
      'ecommerce',
      '--level',
      'Associate',
    ]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('rejects an unknown track with a suggestion and exit 2', async () => {
    const { stdout, stderr, code } = await runMain(['list', '--track', 'ecomerce']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('unknown track "ecomerce", did you mean "e-commerce"?');
  });

  it('prints an array of role summaries with --json', async () => {
    const { stdout, code } = await runMain(['list', '--json', '--level', 'associate']);
    expect(code).toBe(0);
    const roles = JSON.parse(stdout) as Record<string, unknown>[];
    expect(roles).toHaveLength(8);
    for (const role of roles) {
      expect(Object.keys(role)).toEqual(['id', 'title', 'track', 'level', 'summary']);
      expect(role.level).toBe('associate');
    }
    expect(roles[0]?.id).toBe('digital-marketing-coordinator');
  });

  it('prints YAML with --yaml', async () => {
    const { stdout, code } = await runMain(['list', '--yaml', '--track', 'e-commerce']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^- id: e-commerce-analyst\n {2}title: E-commerce analyst\n/);
    expect(stdout.match(/^- id: /gm)).toHaveLength(3);
  });

  it('refuses two formats at once', async () => {
    const { stderr, code } = await runMain(['list', '--json', '--yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain("option '--json' cannot be used with option '--yaml'");
  });

  it('draws a grouped, coloured table on a terminal', async () => {
    const { stdout, code } = await runMain(['list'], TERMINAL);
    expect(code).toBe(0);
    expect(stdout).toMatch(ANSI);
    const plain = stdout.replace(new RegExp(ANSI.source, 'g'), '');
    expect(plain).toMatch(/^Digital marketing {2}Marketing, and driving traffic/m);
    expect(plain).toMatch(/^E-commerce {2}The execution and growth/m);
    expect(plain).toMatch(/^ {2}Associate$/m);
    expect(plain).toMatch(/^ {4}seo-specialist +SEO specialist$/m);
    expect(plain).toContain('12 roles.');
    // Within a track, associate roles come before the roles they lead to.
    expect(plain.indexOf('seo-specialist')).toBeLessThan(
      plain.indexOf('digital-marketing-manager '),
    );
  });

  it('keeps the table plain on a terminal with NO_COLOR, --no-color or TERM=dumb', async () => {
    for (const run of [
      await runMain(['list'], { ...TERMINAL, env: { NO_COLOR: '1' } }),
      await runMain(['list', '--no-color'], TERMINAL),
      await runMain(['list'], { ...TERMINAL, env: { TERM: 'dumb' } }),
    ]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('seo-specialist');
      expect(run.stdout).not.toMatch(ANSI);
    }
  });
});
