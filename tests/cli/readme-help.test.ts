import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * The README cannot drift from `--help`: it quotes the program's help as a
 * terminal of 80 columns shows it, and each command's section names every
 * option that command's help lists, while the options a section's heading
 * names are all in the help.
 */
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Help as a person sees it on a terminal of 80 columns. */
async function help(...args: string[]): Promise<string> {
  const { stdout, stderr, code } = await runMain([...args, '--help'], {
    stdoutTTY: true,
    columns: 80,
  });
  expect([code, stderr]).toEqual([0, '']);
  return stdout;
}

/** The README's headings, each with the text under it down to the next heading of its level or above. */
function sections(): { heading: string; body: string }[] {
  const lines = README.split('\n');
  const headings: { index: number; level: number }[] = [];
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    if (line.startsWith('```')) fenced = !fenced;
    const level = /^(#+) /.exec(line)?.[1]?.length;
    if (!fenced && level) headings.push({ index, level });
  }
  return headings.map(({ index, level }, n) => {
    const end = headings.slice(n + 1).find((next) => next.level <= level)?.index ?? lines.length;
    return { heading: lines[index] as string, body: lines.slice(index + 1, end).join('\n') };
  });
}

/** The long options an Options: block of help lists (-h, --help left out: every command has it). */
function optionsOf(text: string): string[] {
  const block = text.slice(text.indexOf('\nOptions:\n'));
  const options = [...block.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1] as string);
  return options.filter((option) => option !== '--help');
}

/** The commands the program's help lists. */
function commandsOf(text: string): string[] {
  const block = text.slice(text.indexOf('\nCommands:\n') + 11);
  return [...block.slice(0, block.indexOf('\n\n')).matchAll(/^ {2}(\w+)/gm)].map(
    (m) => m[1] as string,
  );
}

describe('README and --help at 80 columns', () => {
  it('the README quotes career --help as it is: its usage, options and commands', async () => {
    const quoted = /\n```console\n\$ career --help\n([\s\S]*?)```\n/.exec(README)?.[1];
    expect(quoted, 'README: a ```console block starting "$ career --help"').toBeDefined();
    const text = await help();
    // The examples come before, the exit codes after: the README's own table is held to those.
    expect(quoted).toBe(`${text.slice(text.indexOf('Usage:'), text.indexOf('\nExit codes:'))}`);
  });

  it('each command has a README section naming every option its help lists, and no other in its heading', async () => {
    const main = await help();
    const commands = commandsOf(main).filter((name) => name !== 'help');
    // A heading may name an option every command takes (--data).
    const global = optionsOf(main);
    expect(commands.length).toBeGreaterThan(15);
    const all = sections();
    const problems: string[] = [];
    for (const command of commands) {
      const section = all.find(({ heading }) =>
        new RegExp(`\`(career )?${command}\\b[^\`]*\``).test(heading),
      );
      if (!section) {
        problems.push(`no README heading names \`career ${command}\``);
        continue;
      }
      const options = optionsOf(await help(command));
      for (const option of options)
        if (!`${section.heading}\n${section.body}`.includes(option))
          problems.push(`${section.heading}: does not name ${option}`);
      for (const named of section.heading.match(/--[\w-]+/g) ?? [])
        if (!options.includes(named) && !global.includes(named))
          problems.push(`${section.heading}: ${named} is not an option of career ${command}`);
    }
    expect(problems).toEqual([]);
  });

  it('a command that prints JSON prints YAML too', async () => {
    for (const command of commandsOf(await help())) {
      const options = optionsOf(await help(command));
      if (options.includes('--json')) expect(options, command).toContain('--yaml');
    }
  });
});
