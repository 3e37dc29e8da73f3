import type { ProgramSpec } from '../completion-spec.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { completionScript, SHELLS, type Shell } from '../render/completion.js';

export interface CompletionOptions {
  shell: string;
  spec: ProgramSpec;
}

export function completion(context: CommandContext, options: CompletionOptions): void {
  // Any case, as every fixed choice: "career completion BASH".
  const shell = options.shell.toLowerCase();
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new CliError(
      `no completion for "${options.shell}": choose bash, zsh or fish`,
      EXIT.usage,
    );
  }
  context.io.stdout.write(completionScript(shell as Shell, options.spec));
}
