import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { buildProgram } from '../../src/cli/program.js';
import { runMain } from '../helpers/run-main.js';

/** The commands a run declares for a command line (the others' options and help are never built). */
function declared(argv: string[]): string[] {
  const io = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    stdin: process.stdin,
    env: {},
    cwd: process.cwd(),
  };
  const context = createContext(
    io as never,
    () => ({}) as never,
    () => ({
      data: [],
      builtin: true,
      color: false,
    }),
  );
  return buildProgram(context, '0.0.0', argv).commands.map((command) => command.name());
}

describe('a run declares only the command it runs', () => {
  it('declares the one command named, after global options and their values', () => {
    expect(declared(['list', '--json'])).toEqual(['list']);
    expect(declared(['--no-color', 'show', 'seo'])).toEqual(['show']);
    // "list" here is --data's value, a folder: the command is show.
    expect(declared(['--data', 'list', 'show', 'seo'])).toEqual(['show']);
    expect(declared(['-d', 'list', 'path'])).toEqual(['path']);
  });

  it('declares them all where the list of commands is the answer or the help', () => {
    const all = declared([]);
    expect(all.length).toBeGreaterThan(15);
    for (const argv of [
      ['-h', 'list'],
      ['--help'],
      ['help', 'list'],
      ['lst'],
      ['completion', 'bash'],
      ['--', 'list'],
    ])
      expect(declared(argv)).toEqual(all);
  });

  it('still prints the whole program help for career -h list, and suggests for a typo', async () => {
    const help = await runMain(['-h', 'list']);
    expect(help.code).toBe(0);
    for (const name of ['list', 'show', 'quiz', 'path', 'import'])
      expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    const typo = await runMain(['--data', 'somewhere', 'lst']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(Did you mean list?)');
  });
});
