import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

describe('usage, help and version', () => {
  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const { stdout, code } = await runMain([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`${version}\n`);
    }
  });

  it('leads the program help with examples, then usage, commands and exit codes', async () => {
    const { stdout, stderr, code } = await runMain(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Examples:\n {2}\$ career list[ \n]/);
    expect(stdout.indexOf('Examples:')).toBeLessThan(stdout.indexOf('Usage: career'));
    expect(stdout).toMatch(/^ {2}list \[options\]/m);
    expect(stdout).toMatch(/^ {2}show \[options\] <role\.\.\.>/m);
    expect(stdout).toContain('Exit codes:\n  0    success\n  1    not found');
  });

  it('leads each command help with its examples', async () => {
    for (const command of ['list', 'show']) {
      const { stdout, code } = await runMain([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Examples:\\n {2}\\$ career ${command}[ \\n]`));
      expect(stdout).toContain(`Usage: career ${command} [options]`);
      expect(stdout).toMatch(/--json +print JSON/);
    }
    const viaHelp = await runMain(['help', 'show']);
    expect(viaHelp.stdout).toContain('Usage: career show [options] <role...>');
  });

  it('exits 2 with a suggestion and a pointer to --help for an unknown command', async () => {
    const { stdout, stderr, code } = await runMain(['lst']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "career: unknown command 'lst'\n(Did you mean list?)\n(run 'career --help' for usage)\n",
    );
  });

  it('exits 2 for an unknown option, naming the command help', async () => {
    const { stderr, code } = await runMain(['list', '--jsn']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "career: unknown option '--jsn'\n(Did you mean --json?)\n(run 'career list --help' for usage)\n",
    );
  });

  it('exits 2 for a missing argument', async () => {
    const { stdout, stderr, code } = await runMain(['show']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "career: missing required argument 'role'\n(run 'career show --help' for usage)\n",
    );
  });

  it('exits 2 with the help on stderr when no command is given', async () => {
    const { stdout, stderr, code } = await runMain([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: career [options] [command]');
  });
});
