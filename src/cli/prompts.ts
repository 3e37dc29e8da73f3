import { Writable } from 'node:stream';
import { escapeControls } from '../text/controls.js';
import { normalize } from '../text/normalize.js';
import { textWidth, wrap } from '../text/wrap.js';
import type { Style } from './color.js';
import type { Io } from './io.js';

export interface Choice {
  value: string;
  name: string;
  description?: string;
  /** Other words a search should match (a role's aliases). */
  keywords?: readonly string[];
  /** For a checkbox: ticked to begin with. */
  checked?: boolean;
}

/**
 * The three kinds of question the quiz asks. Everything interactive goes
 * through this one seam: the program uses @inquirer/prompts, a test
 * answers with a script.
 */
export interface Prompter {
  /** Pick one from a list that filters as you type. */
  search(message: string, choices: readonly Choice[]): Promise<string>;
  /** Pick one. */
  select(message: string, choices: readonly Choice[]): Promise<string>;
  /** Tick any number. */
  checkbox(message: string, choices: readonly Choice[]): Promise<string[]>;
}

/** Whether a choice matches what was typed so far: every typed word, anywhere in its names. */
export function matches(choice: Choice, term: string): boolean {
  return matchedBy(choice, term) !== undefined;
}

const hasEvery = (text: string, term: string) => {
  const haystack = normalize(text);
  return term
    .split(/\s+/)
    .map(normalize)
    .every((word) => haystack.includes(word));
};

/**
 * Why a choice matches what was typed: `''` when by what the list shows
 * (its name, id or description), the alias when only by one of its other
 * names, undefined when it does not match. A match on a hidden alias is
 * shown with it ("se" lists Account manager because of "Client services
 * manager"), never without a reason.
 */
export function matchedBy(choice: Choice, term: string): string | undefined {
  if (hasEvery([choice.name, choice.value, choice.description ?? ''].join(' '), term)) return '';
  return choice.keywords?.find((keyword) => hasEvery(keyword, term));
}

/** Choices for what was typed: those matching what is shown first, then those matching an alias, with it. */
export function filterChoices(choices: readonly Choice[], term: string): Choice[] {
  if (!term.trim()) return [...choices];
  const shown: Choice[] = [];
  const byAlias: Choice[] = [];
  for (const choice of choices) {
    const reason = matchedBy(choice, term);
    if (reason === '') shown.push(choice);
    else if (reason !== undefined) {
      byAlias.push({ ...choice, name: `${choice.name} (also called ${reason})` });
    }
  }
  return [...shown, ...byAlias];
}

/** The hint a search prompt shows while it is asked, not once it is answered. */
const FILTER_HINT = ' (type to filter)';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point.
const COLOUR = /\u001b\[[0-9;]*m/g;

/**
 * The terminal's stream with colour taken out of what is written to it,
 * for `--no-color`: the prompt library colours its prompts itself (it reads
 * NO_COLOR, not our flag). Cursor movement and everything else pass.
 */
function withoutColour(target: NodeJS.WritableStream): NodeJS.WritableStream {
  const tty = target as NodeJS.WriteStream;
  const stream = new Writable({
    write(chunk, _encoding, done) {
      target.write(String(chunk).replace(COLOUR, ''), done);
    },
  });
  return Object.defineProperties(stream, {
    isTTY: { get: () => tty.isTTY },
    columns: { get: () => tty.columns },
    rows: { get: () => tty.rows },
  }) as unknown as NodeJS.WritableStream;
}

/**
 * Prompts drawn by @inquirer/prompts on stderr, so that stdout carries only
 * the result (`career quiz --json > result.json` still asks its questions).
 * The library is loaded here, when a quiz is actually asked, and never by
 * other commands. Each question is cleared once answered and replaced by a
 * line of ours ("✔ question answer", through the program's styles and its
 * safe output), so an answered line never keeps the hint, `--no-color`
 * holds there too, and Ctrl-C leaves no half-drawn question behind.
 */
export async function inquirerPrompter(io: Io, s: Style, colour: boolean): Promise<Prompter> {
  const { checkbox, search, select } = await import('@inquirer/prompts');
  const terminal = io.stderr.stream?.() ?? (io.stderr as unknown as NodeJS.WritableStream);
  /**
   * Text the prompt shows after a mark `hang` columns wide ("? ", "❯◯ "), wrapped to the
   * terminal here, each line under the first's text: the library would break it at the
   * terminal's edge and carry it on at the margin.
   */
  const fitted = (text: string, hang: number) => {
    const columns = (terminal as NodeJS.WriteStream).columns;
    if (!columns || columns < 20) return text;
    const pad = ' '.repeat(hang);
    return wrap(text, columns - 1, pad, pad).slice(hang);
  };
  // The prompts draw on the terminal themselves, past safe-text.ts: data in them is escaped here.
  const safe = (choices: readonly Choice[], hang: number): Choice[] =>
    choices.map((choice) => ({
      ...choice,
      name: fitted(escapeControls(choice.name), hang),
      ...(choice.description === undefined
        ? {}
        : { description: escapeControls(choice.description) }),
    }));
  // A new context for each prompt: the library ends its output stream when a prompt is done.
  const context = () => ({
    input: io.stdin,
    output: colour ? terminal : withoutColour(terminal),
    clearPromptOnDone: true,
  });
  const answered = (message: string, answer: string) => {
    const width = textWidth(io.stderr.columns);
    io.stderr.write(
      `${wrap(`${s.green('✔')} ${s.bold(message)} ${s.cyan(answer)}`, width, '  ', '')}\n`,
    );
  };
  // As many lines as the terminal has to spare (the question, the help line and the answers above
  // take some), and no wrapping round from the last choice to the first: a list that fits never scrolls.
  const pageSize = () => Math.max(7, ((terminal as NodeJS.WriteStream).rows ?? 24) - 8);
  const nameOf = (choices: readonly Choice[], value: string) =>
    choices.find((choice) => choice.value === value)?.name ?? value;
  // A list to pick from: the data in it escaped, as long as the terminal has room for, never looping.
  const list = (message: string, choices: readonly Choice[], hang: number) => ({
    message: fitted(escapeControls(message), 2),
    choices: safe(choices, hang),
    pageSize: pageSize(),
    loop: false,
  });
  return {
    search: async (message, choices) => {
      const value = await search(
        {
          message: fitted(escapeControls(message + FILTER_HINT), 2),
          pageSize: pageSize(),
          // Matched against the data as it is; shown escaped.
          source: (term) => safe(filterChoices(choices, term ?? ''), 2),
        },
        context(),
      );
      answered(message, nameOf(choices, value));
      return value;
    },
    select: async (message, choices) => {
      const value = await select(list(message, choices, 2), context());
      answered(message, nameOf(choices, value));
      return value;
    },
    checkbox: async (message, choices) => {
      const values = await checkbox(list(message, choices, 3), context());
      // The names when they fit beside the question, else how many: a list of sentences is the question again.
      const names = values.map((value) => nameOf(choices, value)).join('; ');
      const roomy = message.length + 3 + names.length <= textWidth(io.stderr.columns);
      answered(
        message,
        values.length === 0 ? 'none' : roomy ? names : `${values.length} of ${choices.length}`,
      );
      return values;
    },
  };
}
