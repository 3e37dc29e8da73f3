import type { Command } from 'commander';

/** What a value completes to: the knowledge base's ids, file names, or fixed words. */
export type ValueKind =
  | 'roles'
  | 'tracks'
  | 'levels'
  | 'topics'
  | 'files'
  | { choices: readonly string[] };

export interface OptionSpec {
  short?: string;
  long: string;
  description: string;
  value?: ValueKind;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** What its arguments complete to. */
  argument?: ValueKind;
}

/** The value an option takes, known by its name: --track takes a track, --from a role… */
const OPTION_VALUES: Record<string, ValueKind> = {
  track: 'tracks',
  level: 'levels',
  from: 'roles',
  to: 'roles',
  answers: 'files',
  data: 'files',
};

const ARGUMENT_VALUES: Record<string, ValueKind> = {
  role: 'roles',
  roleA: 'roles',
  roleB: 'roles',
  topic: 'topics',
  shell: { choices: ['bash', 'zsh', 'fish'] },
  command: { choices: [] },
};

/**
 * The commands and options as the completion scripts need them, read from
 * the commander program itself, so a new option completes without anyone
 * remembering to add it.
 */
export function describeProgram(program: Command): {
  global: OptionSpec[];
  commands: CommandSpec[];
} {
  const options = (command: Command): OptionSpec[] =>
    command.options
      .filter((option) => !option.hidden && option.long)
      .map((option) => {
        const value =
          option.required || option.optional
            ? option.argChoices
              ? { choices: option.argChoices }
              : OPTION_VALUES[option.attributeName()]
            : undefined;
        return {
          ...(option.short ? { short: option.short } : {}),
          long: option.long as string,
          description: option.description,
          ...(value ? { value } : {}),
        };
      })
      .concat([{ short: '-h', long: '--help', description: 'show help' }]);
  const commands = program.commands
    .filter((command) => !(command as Command & { _hidden?: boolean })._hidden)
    .map((command) => {
      const argument = command.registeredArguments[0];
      const kind = argument ? ARGUMENT_VALUES[argument.name()] : undefined;
      const names = program.commands.map((c) => c.name());
      return {
        name: command.name(),
        description: command.description().split('\n')[0] ?? '',
        options: options(command),
        ...(kind ? { argument: argument?.name() === 'command' ? { choices: names } : kind } : {}),
      };
    });
  return { global: options(program), commands };
}
