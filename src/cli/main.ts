import { CommanderError } from 'commander';
import { formatIssue, KnowledgeBaseError } from '../knowledge-base/errors.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import { createContext, type GlobalOptions } from './context.js';
import { CliError } from './errors.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { buildProgram } from './program.js';
import { safeIo } from './safe-text.js';

export interface MainOptions {
  /** The arguments after the program name. */
  argv: readonly string[];
  io: Io;
  /** Loads the knowledge base shipped with the program. */
  loadBuiltin: () => KnowledgeBase;
  /**
   * The knowledge base shipped with the program as the text it is kept in,
   * for the cache's key: a run served from the cache then never parses it.
   * Without it, the key is made from loadBuiltin's result.
   */
  builtinText?: () => string;
  version: string;
}

/** Commander's own exits: help and version are successes, the rest are usage errors. */
function commanderExit(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
    return EXIT.ok;
  return EXIT.usage;
}

/**
 * Runs one command line and returns the exit code. Every expected failure
 * ends here as one line on stderr; only a bug prints a stack.
 */
export async function main(options: MainOptions): Promise<number> {
  // The one place output is written: data's control characters never reach a terminal raw.
  const io = safeIo(options.io);
  let globals: GlobalOptions = { data: [], builtin: true, color: true };
  const context = createContext(io, options.loadBuiltin, () => globals, options.builtinText);
  const program = buildProgram(context, options.version, options.argv);
  program.hook('preAction', (_program, action) => {
    const all = action.optsWithGlobals();
    globals = { data: all.data ?? [], builtin: all.builtin !== false, color: all.color !== false };
  });
  try {
    await program.parseAsync([...options.argv], { from: 'user' });
    // The command finished (and saved what it saves); its output may not have been written.
    const failure = io.stdout.failure?.();
    if (failure) {
      io.stderr.write(`career: cannot write to standard output: ${failure}\n`);
      return EXIT.io;
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error);
    if (error instanceof CliError) {
      io.stderr.write(`career: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof KnowledgeBaseError) {
      for (const issue of error.issues) io.stderr.write(`career: ${formatIssue(issue)}\n`);
      return EXIT.data;
    }
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `career: internal error, please report it with the command you ran and this text:\n${stack}\n`,
    );
    return EXIT.internal;
  }
}
