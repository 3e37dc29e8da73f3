import { normalize } from '../engine/normalize.js';
import { escapeControls } from '../text/controls.js';
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
  const haystack = [choice.name, choice.value, choice.description ?? '', ...(choice.keywords ?? [])]
    .map(normalize)
    .join(' ');
  return term
    .split(/\s+/)
    .map(normalize)
    .every((word) => haystack.includes(word));
}

/**
 * Prompts drawn by @inquirer/prompts on stderr, so that stdout carries only
 * the result (`career quiz --json > result.json` still asks its questions).
 * The library is loaded here, when a quiz is actually asked, and never by
 * other commands.
 */
export async function inquirerPrompter(io: Io): Promise<Prompter> {
  const { checkbox, search, select } = await import('@inquirer/prompts');
  // The prompts draw on the terminal themselves, past safe-text.ts: data in them is escaped here.
  const safe = (choices: readonly Choice[]): Choice[] =>
    choices.map((choice) => ({
      ...choice,
      name: escapeControls(choice.name),
      ...(choice.description === undefined
        ? {}
        : { description: escapeControls(choice.description) }),
    }));
  const context = {
    input: io.stdin,
    output: io.stderr.stream?.() ?? (io.stderr as unknown as NodeJS.WritableStream),
    clearPromptOnDone: false,
  };
  return {
    search: (message, choices) => {
      const shown = safe(choices);
      return search(
        {
          message: escapeControls(message),
          pageSize: 12,
          // Matched against the data as it is; shown escaped.
          source: (term) =>
            shown.filter((_, index) => !term || matches(choices[index] as Choice, term)),
        },
        context,
      );
    },
    select: (message, choices) =>
      select({ message: escapeControls(message), choices: safe(choices), pageSize: 10 }, context),
    checkbox: (message, choices) =>
      checkbox({ message: escapeControls(message), choices: safe(choices), pageSize: 10 }, context),
  };
}
