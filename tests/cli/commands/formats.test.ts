import { describe, expect, it } from 'vitest';
import { runMain } from '../../helpers/run-main.js';

describe('output formats, declared once', () => {
  it('takes path --json as --format json', async () => {
    const alias = await runMain(['path', 'seo-specialist', '--json']);
    const long = await runMain(['path', 'seo-specialist', '--format', 'json']);
    expect(alias.code).toBe(0);
    expect(alias.stderr).toBe('');
    expect(alias.stdout).toBe(long.stdout);
    expect(JSON.parse(alias.stdout).from).toBe('seo-specialist');
  });

  it('refuses path --json with another --format, in one line and exit 2', async () => {
    const { stdout, stderr, code } = await runMain(['path', '--json', '--format', 'dot']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("option '--json' cannot be used with option '--format <format>'");
  });

  it('refuses two formats of one command, search and history included', async () => {
    for (const args of [
      ['show', 'seo-specialist', '--json', '--yaml'],
      ['history', '--json', '--svg'],
    ]) {
      const { stderr, code } = await runMain(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/option '--json' cannot be used with option '--(yaml|svg)'/);
    }
  });
});
