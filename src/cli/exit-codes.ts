/**
 * Every exit code once: its name in the code, its number, what it means
 * (the line `career --help` prints) and when it happens (the README's
 * table adds it; a test holds the README to this table).
 */
export const EXIT_CODES = [
  { name: 'ok', code: 0, meaning: 'success', when: '' },
  {
    name: 'notFound',
    code: 1,
    meaning: 'not found: an unknown role or topic, or nothing matched',
    when: 'no search match, no route, no O*NET occupation for `--codes`; `validate` found problems; `team` found no result in the folder',
  },
  {
    name: 'usage',
    code: 2,
    meaning: 'usage error: a bad command line, or bad quiz answers, checkin or team files',
    when: 'an unknown command or option, a missing argument, a bad value (`--track`, `--level`, `--format`, `--limit`); an empty name, folder or pattern (`init ""`, `--data ""`, `--out ""`, `--codes ""`, `show ""`, `search ""`); a search of only common words (`search the`); one role twice (`compare seo seo`, `quiz --from seo --to seo`); two flags that exclude each other (`--template --json`); `cache clear` or `history --clear` with no terminal and no `--yes`; an answers file that is missing, unreadable, wrong, not a regular file or over 16 MiB; a quiz with no terminal and no `--answers`; `checkin` files for different moves or people; a `team` folder that cannot be read',
  },
  {
    name: 'data',
    code: 3,
    meaning: 'a knowledge base or an O*NET release is broken or unreadable',
    when: 'each problem is named with file, line, column and field; an O*NET folder without its files or columns; a knowledge base with no readiness check, for the quiz',
  },
  {
    name: 'io',
    code: 4,
    meaning: 'a file could not be read or written (history, init, import, the output)',
    when: 'the history file (left as it was); an `init` or `import` destination that cannot be written or would be overwritten, or an `init` folder that holds YAML already; a folder that cannot be made; the output (a full disk, a closed descriptor: the command still finishes, and a quiz still saves)',
  },
  {
    name: 'internal',
    code: 70,
    meaning: 'internal error (a bug: please report it)',
    when: 'printed with its stack',
  },
  {
    name: 'interrupted',
    code: 130,
    meaning: 'interrupted (Ctrl-C)',
    when: 'a quiz cancelled this way saves nothing; a save already under way is finished first; an `import` removes its unfinished folder',
  },
  {
    name: 'terminated',
    code: 143,
    meaning: 'terminated (SIGTERM)',
    when: 'after a save under way is finished',
  },
] as const;

type Fact = (typeof EXIT_CODES)[number];

/** The codes by name, for the code: `EXIT.usage` is 2. */
export const EXIT = Object.fromEntries(EXIT_CODES.map(({ name, code }) => [name, code])) as {
  readonly [F in Fact as F['name']]: F['code'];
};

export type ExitCode = Fact['code'];

/** The "Exit codes:" section of `career --help`. */
export function exitCodesHelp(): string {
  const rows = EXIT_CODES.map(({ code, meaning }) => `  ${String(code).padEnd(4)} ${meaning}`);
  return `\nExit codes:\n${rows.join('\n')}`;
}
