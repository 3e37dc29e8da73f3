import type { Argument, Command, Option } from 'commander';

/** What a value completes to: the knowledge base's ids, paths, command names, or fixed words. */
export type ValueKind =
  | 'roles'
  | 'tracks'
  | 'levels'
  | 'topics'
  | 'skills'
  | 'files'
  | 'folders'
  | 'commands'
  | { choices: readonly string[] };

/** The kinds `career __complete KIND` answers from the loaded knowledge base. */
export const KNOWLEDGE_KINDS = ['roles', 'tracks', 'levels', 'topics', 'skills'] as const;

/**
 * What each argument and option completes to, declared beside it where the
 * command is declared (`completes(new Argument(…), 'roles')`): renaming an
 * argument cannot silently change what a Tab offers. Options with
 * `.choices()` complete to them without a declaration.
 */
const kinds = new WeakMap<Argument | Option, ValueKind>();

export function completes<T extends Argument | Option>(thing: T, kind: ValueKind): T {
  kinds.set(thing, kind);
  return thing;
}

export interface OptionSpec {
  short?: string;
  long: string;
  description: string;
  /** Set when the option takes a value; `null` for a value with nothing to offer. */
  value?: ValueKind | null;
}

export interface ArgumentSpec {
  kind: ValueKind | null;
  /** The last argument may repeat: its kind holds for every further word. */
  variadic: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  arguments: ArgumentSpec[];
}

export interface ProgramSpec {
  global: OptionSpec[];
  commands: CommandSpec[];
}

/**
 * The commands and options as the completion scripts need them, read from
 * the commander program itself through its public help API (what help
 * shows is what completes), so a new option completes without anyone
 * remembering to add it.
 */
export function describeProgram(program: Command): ProgramSpec {
  const help = program.createHelp();
  const options = (command: Command): OptionSpec[] =>
    help
      .visibleOptions(command)
      .filter((option) => option.long)
      .map((option) => {
        const takesValue = option.required || option.optional;
        const value = option.argChoices
          ? { choices: option.argChoices }
          : (kinds.get(option) ?? null);
        return {
          ...(option.short ? { short: option.short } : {}),
          long: option.long as string,
          description: option.description,
          ...(takesValue ? { value } : {}),
        };
      });
  const names = help.visibleCommands(program).map((command) => command.name());
  const commands = help.visibleCommands(program).map((command) => ({
    name: command.name(),
    description: command.description().split('\n')[0] ?? '',
    options: options(command),
    arguments: command.registeredArguments.map((argument) => {
      const kind = kinds.get(argument) ?? null;
      return {
        kind: kind === 'commands' ? { choices: names } : kind,
        variadic: argument.variadic,
      };
    }),
  }));
  return { global: options(program), commands };
}
