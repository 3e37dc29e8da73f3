import type { ExitCode } from './exit-codes.js';

/**
 * An expected failure: printed as one line on stderr, never with a stack,
 * and ending the program with its exit code.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
