import { homedir } from 'node:os';
import {
  type AddHelpTextContext,
  Argument,
  Command,
  CommanderError,
  Help,
  InvalidArgumentError,
  Option,
} from 'commander';
import { allLevels } from '../engine/levels.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import { shorten } from '../text/quote.js';
import { orList } from '../text/sentence.js';
import { closest, suggesting } from '../text/similarity.js';
import { wrap, wrapLines } from '../text/wrap.js';
import { IMPORT_SOURCES, SHELLS } from './choices.js';
import type { QuizOptions } from './commands/quiz.js';
import { completes, describeProgram, type ValueKind } from './completion-spec.js';
import type { CommandContext } from './context.js';
import { CliError } from './errors.js';
import { EXIT, exitCodesHelp } from './exit-codes.js';
import { historyFile, userFolder } from './locations.js';
import {
  chosenFormat,
  type FormatFlags,
  formatOptions,
  isData,
  type OutputFormat,
  PATH_FORMATS,
  type PathFormat,
} from './output-format.js';

/** commander's parser for a count: a whole number of 1 or more, or a usage error. */
function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('must be a whole number of 1 or more');
  return number;
}

/** commander's parser for a path or pattern: an empty one (an unset variable) is a usage error. */
function nonEmpty(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('must not be empty');
  return value;
}

/** An argument, and what a shell's Tab offers for it. */
const argument = (name: string, description: string, kind: ValueKind) =>
  completes(new Argument(name, description), kind);

/** An argument naming a role, which every command takes by id, title or alias; `note` adds to that. */
const roleArgument = (name: string, note?: string) =>
  argument(name, `a role id, title or alias${note ? ` (${note})` : ''}`, 'roles');

/** An option that takes a value, and what a shell's Tab offers for it. */
const option = (flags: string, description: string, kind: ValueKind) =>
  completes(new Option(flags, description), kind);

/**
 * A fixed choice is taken in any case ("--format JSON", "import ONET"), as
 * names of roles and tracks are: the choice is checked, and passed on, in
 * the lower case it is declared in.
 */
function anyCase<T extends Argument | Option>(thing: T): T {
  const check = thing.parseArg;
  if (!thing.argChoices || !check) return thing;
  thing.argParser((value: string, previous: unknown) => check(value.toLowerCase(), previous));
  return thing;
}

/**
 * Gives an argument or option a description that names ids of the built-in
 * knowledge base ("only this track (digital-marketing, e-commerce)"), so
 * help never lists what the data no longer has. The data is read when the
 * description is (help for this command, or a completion script), never
 * when a command runs or for the program's own `--help`, which shows no
 * command's options. commander also sets the description once while
 * showing help; that sets the text.
 */
function namingIds<T extends Argument | Option>(
  thing: T,
  ids: () => readonly string[],
  describe: (ids: string) => string,
): T {
  let text: string | undefined;
  Object.defineProperty(thing, 'description', {
    get: () => {
      text ??= describe(ids().join(', '));
      return text;
    },
    set: (value: string) => {
      text = value;
    },
    enumerable: true,
  });
  return thing;
}

/** The narrowest a description column gets beside its command or option before it goes under it. */
const MIN_DESCRIPTION = 24;

/**
 * Example lines for help, the first thing a reader of `--help` sees, laid
 * out for the width help is printed at (commander's, from the stream it
 * goes to): commands in a column and what they do beside them when every
 * line fits, else each command (a long one continued with a backslash, so
 * it still pastes into a shell) with what it does under it.
 */
function examples(lines: readonly [string, string][]) {
  return ({ error, command }: AddHelpTextContext): string => {
    const output = command.configureOutput();
    const width = (error ? output.getErrHelpWidth : output.getOutHelpWidth)?.() ?? 80;
    const column = Math.max(...lines.map(([line]) => line.length));
    const body = lines.every(([, what]) => 4 + column + 2 + what.length <= width)
      ? lines.map(([line, what]) => `  $ ${line.padEnd(column)}  ${what}`)
      : lines.map(
          ([line, what]) =>
            `${wrap(line, width - 2, '        ', '  $ ').replaceAll('\n', ' \\\n')}\n${wrap(what, width, '      ')}`,
        );
    return `Examples:\n${body.join('\n')}\n`;
  };
}

/**
 * One command as data: what `--help` shows (description, arguments, options
 * in the order shown, examples, notes after) and the handler, loaded only
 * when the command runs. commander calls `action` with the arguments, then
 * the options object.
 */
interface CommandDeclaration {
  name: string;
  description?: string;
  arguments?: Argument[];
  options?: Option[];
  /** Shown first in the command's help; a command with examples also points to its help after an error. */
  examples?: [string, string][];
  /** Notes after the options: text, or a function for what depends on the environment (a folder). */
  after?: string | (() => string);
  /** Left out of help and of completion (the completion scripts' own command). */
  hidden?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: commander passes each command its own arguments.
  action: (...args: any[]) => unknown;
}

/** Adds one declared command to the program. */
function declare(program: Command, declaration: CommandDeclaration): Command {
  const command = program.command(declaration.name, { hidden: declaration.hidden ?? false });
  if (declaration.description !== undefined) command.description(declaration.description);
  for (const argument of declaration.arguments ?? []) command.addArgument(anyCase(argument));
  for (const option of declaration.options ?? []) command.addOption(anyCase(option));
  if (declaration.examples) {
    command
      .showHelpAfterError(`(run 'career ${declaration.name} --help' for usage)`)
      .addHelpText('before', examples(declaration.examples));
  }
  const after = declaration.after;
  if (typeof after === 'string') command.addHelpText('after', after);
  else if (after) command.addHelpText('after', after);
  return command.action(declaration.action as (...args: unknown[]) => Promise<void>);
}

/** Commands whose work is the list of commands: help, and the completion scripts. */
const LISTING = new Set(['help', 'completion', '__complete']);

/**
 * The one command a command line runs, when declaring only it will do (it
 * saves building the others' options and help, a share of every start):
 * the first word that is neither an option nor a global option's value.
 * Undefined, and every command declared, when that word names no command
 * (its "did you mean" needs them all), names one that lists them, or comes
 * after a help flag (`career -h list` is the program's help).
 */
function wanted(
  program: Command,
  argv: readonly string[],
  names: readonly string[],
): string | undefined {
  const takesValue = new Set(
    program.options
      .filter((option) => option.required || option.optional)
      .flatMap((option) => [option.short, option.long].filter((flag): flag is string => !!flag)),
  );
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index] as string;
    if (word === '--' || word === '-h' || word === '--help') return undefined;
    if (takesValue.has(word)) index++;
    else if (!word.startsWith('-'))
      return names.includes(word) && !LISTING.has(word) ? word : undefined;
  }
  return undefined;
}

/**
 * Every command, its options and its help, declared in one place. Each
 * action loads its handler only when it runs, so `--help` and `list` do not
 * pay for what other commands need.
 */
export function buildProgram(
  context: CommandContext,
  version: string,
  argv: readonly string[] = [],
): Command {
  const { io } = context;
  // The built-in ids some help names; read on first use (see namingIds), at most once.
  let builtin: KnowledgeBase | null | undefined;
  const builtinIds = (pick: (knowledgeBase: KnowledgeBase) => readonly { id: string }[]) => () => {
    if (builtin === undefined) {
      try {
        builtin = context.builtin();
      } catch {
        builtin = null; // a damaged build: help still prints, without the list
      }
    }
    return builtin ? pick(builtin).map((item) => item.id) : [];
  };
  /**
   * The options and action of a command that takes one argument and prints
   * data, as a table or in each data format: the handler, loaded only when
   * it runs (each `import()` written out, so the build makes it a chunk of
   * its own), is given the argument under `name` and the format asked for.
   */
  const printing = <Options extends { format?: OutputFormat }, Name extends keyof Options>(
    name: Name,
    load: () => Promise<(context: CommandContext, options: Options) => unknown>,
  ) => ({
    options: formatOptions(['json', 'yaml', 'markdown']),
    action: async (value: Options[Name], flags: FormatFlags) => {
      const run = await load();
      await run(context, { [name]: value, format: chosenFormat(flags) } as unknown as Options);
    },
  });
  const tracks = builtinIds((knowledgeBase) => knowledgeBase.tracks);
  const levels = builtinIds(allLevels);
  const topics = builtinIds((knowledgeBase) => knowledgeBase.guidance);
  // Where history and the cache live, for the help of the commands that clear them.
  const folder = (kind: 'data' | 'cache') => userFolder(kind, io.env, process.platform, homedir());
  const program = new Command('career')
    .description(
      'Answers about roles in digital marketing and e-commerce: what each does, and where it leads.',
    )
    .version(version, '-v, --version', 'print the version (-V does the same)')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'never colour the output (NO_COLOR=1 does the same)')
    .addOption(
      option(
        '-d, --data <path>',
        'add a knowledge-base file or folder, layered over the built-in roles (repeatable; CAREER_DATA does the same)',
        'files',
      ).argParser((path: string, previous: string[] | undefined) => [
        ...(previous ?? []),
        nonEmpty(path),
      ]),
    )
    .option(
      '--no-builtin',
      'use only the --data and CAREER_DATA knowledge bases, not the built-in roles',
    )
    .configureOutput({
      // Help, and the prose added to it, wrapped to a terminal (piped, lines stay whole for grep).
      writeOut: (text) =>
        io.stdout.write(io.stdout.columns ? wrapLines(text, io.stdout.columns) : text),
      writeErr: (text) =>
        io.stderr.write(io.stderr.columns ? wrapLines(text, io.stderr.columns) : text),
      // One voice for every error: commander's own say "career:" like the program's; one whole line.
      outputError: (text) => io.stderr.write(text.replace(/^error: /, 'career: ')),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      // Help is plain text; asking commander's way would create the stdout stream just to decide.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    // Long command names leave descriptions a narrow column at 80; wrapped is still easier to read.
    // Narrower than that (a 40-column terminal), each description goes under its term, wrapped.
    .configureHelp({
      minWidthToWrap: MIN_DESCRIPTION,
      formatItem(term, termWidth, description, helper) {
        const width = helper.helpWidth ?? 80;
        const longestWord = Math.max(0, ...description.split(/\s+/).map((word) => word.length));
        if (!description || width - termWidth - 4 >= Math.max(MIN_DESCRIPTION, longestWord))
          return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
        return `  ${term}\n${wrap(description, width, '      ')}`;
      },
    })
    .showSuggestionAfterError(true)
    .showHelpAfterError("(run 'career --help' for usage)")
    // Declared as a command of its own: an unknown name is an error, and completion offers it.
    .helpCommand(false)
    .exitOverride()
    .addHelpText(
      'before',
      examples([
        ['career list', 'every role, by track and level'],
        ['career list --track e-commerce --level associate', 'only some of them'],
        ['career show seo-specialist', 'one role in full'],
        [
          'career show "PPC specialist" --json',
          'the same for scripts (names, titles, aliases all work)',
        ],
        ['career skills seo-specialist', "a role's practices, tools and knowledge"],
        ['career search A/B test', 'which roles run experiments?'],
        ['career compare seo-specialist sem-specialist', 'two roles side by side'],
        ['career path seo-specialist', 'where a role leads'],
        ['career quiz', 'am I ready for the next step? A check and a plan'],
        ['career checkin mine.yaml my-managers.yaml', 'both views side by side, for a 1:1'],
        ['career team results/', "a team's readiness, most ready first"],
        ['career --data my-roles list', 'your own roles too (see: career init)'],
      ]),
    )
    .addHelpText('after', exitCodesHelp());

  // -V as many programs spell it; commander takes one short flag per option.
  program.addOption(new Option('-V').hideHelp());
  program.on('option:V', () => {
    io.stdout.write(`${version}\n`);
    throw new CommanderError(0, 'commander.version', version);
  });

  // Each command declared as a function: a run builds only the command it names (see wanted()).
  const commands: [string, () => CommandDeclaration][] = [
    [
      'list',
      () => ({
        name: 'list',
        description: 'List the roles, grouped by track and level (tab-separated lines when piped).',
        options: [
          // Not -t: that is --to in quiz and path, and a short flag means one thing everywhere.
          namingIds(option('--track <track>', '', 'tracks'), tracks, (ids) =>
            ids ? `only this track (${ids})` : 'only this track',
          ),
          namingIds(option('-l, --level <level>', '', 'levels'), levels, (ids) =>
            ids ? `only this level (${ids})` : 'only this level',
          ),
          ...formatOptions(['json', 'yaml', 'markdown']),
        ],
        examples: [
          ['career list', 'a table on a terminal; id, title, track, level per line when piped'],
          ['career list --track digital-marketing', 'one track'],
          ['career list --level advanced --json', 'the roles to advance to, as JSON'],
          ['career list | cut -f1', 'just the ids'],
        ],
        action: async (
          options: FormatFlags & {
            track?: string;
            level?: string;
          },
        ) => {
          const { list: run } = await import('./commands/list.js');
          await run(context, {
            track: options.track,
            level: options.level,
            format: chosenFormat(options),
          });
        },
      }),
    ],
    [
      'show',
      () => ({
        name: 'show',
        description:
          'Show one or more roles in full: summary, responsibilities, skills, and the roles around it.',
        arguments: [roleArgument('<role...>', '"seo-specialist", "SEO specialist", "SEO"')],
        examples: [
          ['career show seo-specialist', 'one role, laid out for reading'],
          ['career show "ecommerce PM"', 'by alias: any case, spaces or hyphens'],
          ['career show sem-specialist account-manager', 'several at once'],
          [
            'career show seo-specialist --json | jq .responsibilities',
            'the full record, for scripts',
          ],
          ['career show digital-marketing-manager --markdown', 'a page for a wiki'],
        ],
        ...printing('roles', async () => (await import('./commands/show.js')).show),
      }),
    ],
    [
      'skills',
      () => ({
        name: 'skills',
        description:
          "List the skills (practices, tools, knowledge) and how many roles use each, or one role's skills with the responsibilities that carry them.",
        arguments: [roleArgument('[role]', 'the whole taxonomy when left out')],
        examples: [
          [
            'career skills',
            'every skill by kind; id, title, kind, roles, description per line when piped',
          ],
          [
            'career skills seo-specialist',
            "a role's skills, each with the responsibilities that carry it",
          ],
          ['career skills "ecommerce PM" --json', 'the same for scripts'],
          ["career skills | awk -F'\\t' '$3 == \"tool\"' | cut -f1", 'just the ids of the tools'],
          ['career skills --markdown', 'the taxonomy as tables, for a document'],
        ],
        ...printing('role', async () => (await import('./commands/skills.js')).skills),
      }),
    ],
    [
      'quiz',
      () => ({
        name: 'quiz',
        description:
          'Check whether you are ready for the next role, and get a plan: performance, higher-level tasks, initiative and preparation.',
        options: [
          option('-f, --from <role>', 'the role you have now', 'roles'),
          option('-t, --to <role>', 'the role you want next', 'roles'),
          option(
            '-a, --answers <file>',
            'answer from a YAML or JSON file instead of prompts ("-" reads stdin)',
            'files',
          ),
          new Option('--template', 'print an answers file to fill in (needs --to)').conflicts([
            'answers',
            'json',
            'yaml',
            'markdown',
          ]),
          new Option(
            '--for <name>',
            'with --template: the file a manager or coach fills in about this person, for career checkin',
          ),
          new Option('--no-save', 'do not add this attempt to your history'),
          ...formatOptions(['json', 'yaml', 'markdown']),
        ],
        examples: [
          ['career quiz', 'asks everything, one question at a time'],
          [
            'career quiz --from seo-specialist --to digital-marketing-manager',
            'skips the role questions',
          ],
          [
            'career quiz --template --to account-manager > answers.yaml',
            'an answers file to fill in',
          ],
          ['career quiz --answers answers.yaml --json', 'no prompts: for scripts'],
          [
            'career quiz --answers answers.yaml --markdown > 1on1.md',
            'a one-page brief for your manager',
          ],
          [
            'career quiz --template --from seo --to dmm --for "Alex Kim" > alex-by-me.yaml',
            "a manager's answers about Alex, for career checkin",
          ],
        ],
        after:
          '\nEach completed quiz is saved to your history (see: career history) unless --no-save.\nWithout a terminal, pass --answers: the quiz never waits for input it cannot get.',
        action: async ({
          json,
          yaml,
          markdown,
          ...options
        }: Omit<QuizOptions, 'format'> & FormatFlags) => {
          const { quiz: run } = await import('./commands/quiz.js');
          await run(context, {
            ...options,
            format: chosenFormat({ json, yaml, markdown }),
            now: io.now,
            prompter: io.prompter,
          });
        },
      }),
    ],
    [
      'checkin',
      () => ({
        name: 'checkin',
        description:
          "Compare a person's own answers with their manager's, signal by signal: where you differ, what to talk about, and a shared plan.",
        arguments: [
          argument('<self>', "the person's own answers file (career quiz --template)", 'files'),
          argument(
            '<manager>',
            "the manager's or coach's answers file (career quiz --template --for NAME)",
            'files',
          ),
        ],
        options: [
          new Option('--no-save', 'do not add this check-in to the history'),
          ...formatOptions(['json', 'yaml', 'markdown']),
        ],
        examples: [
          [
            'career quiz --template --from seo --to dmm > alex.yaml',
            'Alex fills in their own answers',
          ],
          [
            'career quiz --template --from seo --to dmm --for Alex > alex-by-dana.yaml',
            'Dana, the manager, fills in hers',
          ],
          [
            'career checkin alex.yaml alex-by-dana.yaml',
            'both views, the differences, a shared plan',
          ],
          [
            'career checkin alex.yaml alex-by-dana.yaml --markdown > 1on1.md',
            'the agenda of the 1:1',
          ],
        ],
        after:
          '\nBoth files are checked as career quiz --answers checks them, and must answer for the same move.\nThe shared plan is built on the lower answer of the two for each question. Saved to your history\nas one check-in unless --no-save.',
        action: async (self: string, manager: string, options: FormatFlags & { save: boolean }) => {
          const { checkin: run } = await import('./commands/checkin.js');
          await run(context, { self, manager, save: options.save, format: chosenFormat(options) });
        },
      }),
    ],
    [
      'history',
      () => ({
        name: 'history',
        description:
          'Your past quiz attempts and check-ins, by move (same from and to): a chart of the scores, the change since the last attempt, and the signals that moved.',
        options: [
          ...formatOptions(['json', 'yaml', 'markdown', 'svg'], {
            svg: 'print the chart as a standalone SVG image',
          }),
          new Option(
            '--checkins',
            'with --json or --yaml: the check-ins instead of the quiz attempts',
          ),
          new Option(
            '--clear',
            'delete every record (asks first; --yes without a terminal)',
          ).conflicts(['json', 'yaml', 'markdown', 'svg', 'checkins']),
          new Option('-y, --yes', 'with --clear: do not ask'),
        ],
        examples: [
          ['career history', 'a chart per move on a terminal; tab-separated lines when piped'],
          ['career history --svg > progress.svg', 'the same as a picture, for a browser or a wiki'],
          ["career history --json | jq '.[-1]'", 'the latest attempt'],
          ['career history --checkins --json', 'the saved check-ins'],
          ['career history --markdown > progress.md', 'the same as the chart, for a document'],
        ],
        after: () => `\nThe history file: ${historyFile(folder('data'))}\n`,
        action: async (
          options: FormatFlags & {
            svg?: boolean;
            checkins?: boolean;
            clear?: boolean;
            yes?: boolean;
          },
        ) => {
          const { history: run } = await import('./commands/history.js');
          const { svg, checkins, clear, yes } = options;
          await run(context, { format: chosenFormat(options), svg, checkins, clear, yes });
        },
      }),
    ],
    [
      'team',
      () => ({
        name: 'team',
        description:
          "A team's readiness at a glance: the quiz and check-in results in a folder, one per person, most ready first.",
        arguments: [
          argument(
            '<directory>',
            'a folder of career quiz --json and career checkin --json results',
            'folders',
          ),
        ],
        examples: [
          ['career quiz --answers alex.yaml --json > team/alex.json', "save each person's result"],
          ['career checkin sam.yaml sam-by-me.yaml --json > team/sam.json', 'or a check-in'],
          ['career team team/', 'a table on a terminal; tab-separated lines when piped'],
          ['career team team/ --markdown > round.md', 'for the promotion round'],
        ],
        after:
          "\nThe person is the result's for: name, else the file's name. Files that are not results are\nlisted on stderr as skipped, with the reason; they never stop the rest.",
        ...printing('directory', async () => (await import('./commands/team.js')).team),
      }),
    ],
    [
      'search',
      () => ({
        name: 'search',
        description: 'Find roles by what they do: skills, tools, titles, responsibilities.',
        arguments: [
          new Argument(
            '<words...>',
            'what to look for ("shopify", "A/B test", "influencers", "optimise")',
          ),
        ],
        options: [
          new Option('-n, --limit <number>', 'show at most this many roles, best first')
            .argParser(positiveInteger)
            .default(20),
          ...formatOptions(['json', 'yaml', 'markdown']),
        ],
        examples: [
          ['career search A/B test', 'the roles that run experiments'],
          ['career search shopify', 'a tool or brand finds the roles that use it'],
          ['career search infuencers', 'small typos are forgiven'],
          ['career search optimise --json', 'word forms meet: finds "optimization"'],
        ],
        action: async (words: string[], options: FormatFlags & { limit: number }) => {
          const { search: run } = await import('./commands/search.js');
          await run(context, { words, format: chosenFormat(options), limit: options.limit });
        },
      }),
    ],
    [
      'compare',
      () => ({
        name: 'compare',
        description: 'Compare two roles side by side: what both do, and what only each does.',
        arguments: [roleArgument('<roleA>'), argument('<roleB>', 'another role', 'roles')],
        options: formatOptions(['json', 'yaml', 'markdown']),
        examples: [
          ['career compare seo-specialist sem-specialist', 'two associate roles'],
          [
            'career compare "digital marketing manager" "ecommerce PM"',
            'across tracks: what sets them apart',
          ],
          ['career compare seo sem --markdown', 'for a document'],
        ],
        after: `\nSkills come from each role's responsibilities and tools (see: career skills). Responsibilities
count as "both do" when they share enough skills, or, where a responsibility names none, enough
words (the README gives both measures).`,
        action: async (a: string, b: string, options: FormatFlags) => {
          const { compare: run } = await import('./commands/compare.js');
          await run(context, { a, b, format: chosenFormat(options) });
        },
      }),
    ],
    [
      'path',
      () => ({
        name: 'path',
        description:
          'Where roles lead: the advancement graph, from one role or all, or the route between two.',
        arguments: [
          argument('[role]', 'the role to start from (all starting roles when left out)', 'roles'),
        ],
        options: [
          option('-t, --to <role>', 'find the route to this role', 'roles'),
          new Option('--format <format>', 'how to print it').choices(PATH_FORMATS).default('tree'),
          // The flags every data command has, each the same as its --format.
          ...formatOptions(['json', 'yaml', 'markdown'], {
            json: 'the same as --format json',
            yaml: 'the same as --format yaml',
            markdown: 'the same as --format markdown',
          }).map((flag) => flag.conflicts('format')),
        ],
        examples: [
          ['career path', 'every starting role and where it leads'],
          ['career path seo-specialist', 'where one role leads'],
          [
            'career path e-commerce-analyst --to e-commerce-product-manager',
            'the route, and what each step adds',
          ],
          ['career path --format svg > roles.svg', 'a picture of the ladder, no Graphviz needed'],
          ['career path --format dot | dot -Tpng > roles.png', 'other formats, with Graphviz'],
          ['career path --format mermaid', 'a diagram for Markdown'],
          [
            'career path seo-specialist --markdown',
            'where it leads, as nested lists for a document',
          ],
        ],
        after:
          "\nEach step shows its fit: the share of the next role's skills you already use, and the new ones.\nWith --to and no route, the nearest route is shown and the exit code is 1.",
        action: async (
          role: string | undefined,
          options: FormatFlags & {
            to?: string;
            format: PathFormat;
          },
        ) => {
          const { path: run } = await import('./commands/path.js');
          await run(context, {
            role,
            to: options.to,
            format: chosenFormat(options) ?? options.format,
          });
        },
      }),
    ],
    [
      'guide',
      () => ({
        name: 'guide',
        description:
          'Advice on digital marketer versus e-commerce manager, what to weigh and learn, and the best fit.',
        arguments: [
          namingIds(argument('[topic]', '', 'topics'), topics, (ids) =>
            ids ? `one topic: ${ids}` : 'one topic',
          ),
        ],
        examples: [
          ['career guide', 'all of it'],
          ['career guide marketer-or-manager', 'how the two roles differ'],
          [
            'career guide understand-the-role --markdown',
            'what to learn before you start, for a document',
          ],
        ],
        ...printing('topic', async () => (await import('./commands/guide.js')).guide),
      }),
    ],
    [
      'cache',
      () => ({
        name: 'cache',
        description:
          'Clear the cache of knowledge bases loaded with --data (rebuilt as needed; your history is elsewhere).',
        arguments: [argument('<action>', 'clear', { choices: ['clear'] }).choices(['clear'])],
        options: [new Option('-y, --yes', 'do not ask')],
        examples: [['career cache clear --yes', 'from a script']],
        after: () => `\nThe cache folder: ${folder('cache')}\n`,
        action: async (action: string, options: { yes?: boolean }) => {
          const { cache: run } = await import('./commands/cache.js');
          await run(context, { action, yes: options.yes });
        },
      }),
    ],
    [
      'completion',
      () => ({
        name: 'completion',
        description: 'Print a shell completion script for commands, options, role ids and paths.',
        arguments: [argument('<shell>', orList(SHELLS), { choices: SHELLS })],
        examples: [
          ['source <(career completion bash)', 'in this bash, now'],
          [
            'career completion bash > ~/.local/share/bash-completion/completions/career',
            'in every bash',
          ],
          [
            'career completion zsh > ~/.zfunc/_career',
            'in zsh, with fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc',
          ],
          ['career completion fish > ~/.config/fish/completions/career.fish', 'in fish'],
        ],
        after: '\nMake the folder first if it is not there (mkdir -p); the README has each step.',
        action: async (shell: string) => {
          const { completion: run } = await import('./commands/completion.js');
          // Imported with completes(), statically: the kinds declared above live in that module.
          run(context, { shell, spec: describeProgram(program) });
        },
      }),
    ],
    [
      'validate',
      () => ({
        name: 'validate',
        description:
          'Check knowledge-base files and report every problem, with file, line, column and field.',
        arguments: [argument('<path...>', 'YAML files or folders of them', 'files')],
        options: [
          new Option('--strict', 'warnings fail the check too (exit 1)'),
          ...formatOptions(['json', 'yaml'], {
            json: 'one JSON document: problems, warnings and the counts',
            yaml: 'the same document as YAML',
          }),
        ],
        examples: [
          ['career validate my-roles/', 'layered over the built-in roles, as --data loads it'],
          ['career validate --no-builtin ladder.yaml', 'on its own'],
        ],
        after:
          '\nExit 0 and a summary when valid; exit 1 with every problem when not. Warnings (a role\nreplacing another, a name several roles share, a role no path reaches) go to stderr\nand fail only with --strict.',
        action: async (paths: string[], options: FormatFlags & { strict?: boolean }) => {
          const { validate: run } = await import('./commands/validate.js');
          const format = chosenFormat(options);
          await run(context, {
            paths,
            strict: options.strict === true,
            format: isData(format) ? format : undefined,
          });
        },
      }),
    ],
    [
      'schema',
      () => ({
        name: 'schema',
        description:
          'Print the JSON Schema of knowledge-base files, for editors that check YAML as you type.',
        examples: [
          [
            'career schema > knowledge-base.schema.json',
            'then start a YAML file with: # yaml-language-server: $schema=./knowledge-base.schema.json',
          ],
        ],
        action: async () => {
          const { schema: run } = await import('./commands/schema.js');
          run(context);
        },
      }),
    ],
    [
      'init',
      () => ({
        name: 'init',
        description:
          'Write a starter knowledge base, with comments, into a folder (never overwriting).',
        arguments: [argument('<directory>', 'where to write it', 'folders').argParser(nonEmpty)],
        options: [
          new Option(
            '--ladder',
            "an organisation's own ladder instead: tracks, levels, roles and a readiness check, used with --no-builtin",
          ),
        ],
        examples: [
          ['career init my-roles', 'then: career --data my-roles list'],
          ['career init --ladder our-ladder', 'then: career --no-builtin --data our-ladder quiz'],
        ],
        action: async (directory: string, options: { ladder?: boolean }) => {
          const { init: run } = await import('./commands/init.js');
          run(context, { directory, ladder: options.ladder === true });
        },
      }),
    ],
    [
      'import',
      () => ({
        name: 'import',
        description: 'Convert real occupational data (O*NET text files) into a knowledge base.',
        arguments: [
          argument('<source>', `the kind of data: ${orList(IMPORT_SOURCES)}`, {
            choices: IMPORT_SOURCES,
          }),
          argument('<directory>', "the folder of the release's text files", 'folders'),
        ],
        options: [
          option('-o, --out <path>', 'the folder to write (must not exist, or be empty)', 'folders')
            .argParser(nonEmpty)
            .default('onet-knowledge-base'),
          new Option(
            '--codes <pattern>',
            'only these occupation codes: shell patterns, comma-separated ("13-*,15-1252.00")',
          ).argParser(nonEmpty),
        ],
        examples: [
          ['career import onet ./db_27_0_text --out onet', 'the whole release'],
          [
            'career import onet ./db_27_0_text --codes "13-1161.*,11-2021.00" --out marketing',
            'some occupations',
          ],
          ['career --data onet show "SEO Strategist"', 'then use it: by title or alternate title'],
        ],
        after:
          '\nO*NET is licensed CC BY 4.0: the import carries its attribution, and show prints it for every imported role.',
        action: async (
          source: string,
          directory: string,
          options: { out: string; codes?: string },
        ) => {
          const { importData: run } = await import('./commands/import.js');
          await run(context, { source, directory, out: options.out, codes: options.codes });
        },
      }),
    ],
    [
      'help',
      () => ({
        name: 'help',
        description: 'show help for a command',
        arguments: [argument('[command]', 'the command', 'commands')],
        action: (name: string | undefined) => {
          if (name === undefined) return void program.outputHelp();
          const command = program.commands.find((c) => c.name() === name && name !== '__complete');
          if (!command) {
            const names = program.commands.map((c) => c.name()).filter((n) => n !== '__complete');
            throw new CliError(
              `${suggesting(`unknown command "${shorten(name)}"`, closest(name, names))} (commands: ${names.join(', ')})`,
              EXIT.usage,
            );
          }
          command.outputHelp();
        },
      }),
    ],
    [
      '__complete',
      () => ({
        // What the completion scripts ask for: one candidate a line, from the loaded knowledge base.
        name: '__complete',
        hidden: true,
        arguments: [new Argument('<kind>')],
        action: async (kind: string) => {
          const knowledgeBase = await context.knowledgeBase();
          const lists: Record<string, { id: string }[]> = {
            roles: knowledgeBase.roles,
            tracks: knowledgeBase.tracks,
            levels: allLevels(knowledgeBase),
            topics: knowledgeBase.guidance,
            skills: knowledgeBase.skills,
          };
          io.stdout.write((lists[kind] ?? []).map((item) => `${item.id}\n`).join(''));
        },
      }),
    ],
  ];
  const only = wanted(
    program,
    argv,
    commands.map(([name]) => name),
  );
  for (const [name, declaration] of commands)
    if (only === undefined || only === name) declare(program, declaration());

  return program;
}
