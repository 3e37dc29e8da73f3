import { orList } from '../../text/sentence.js';
import { SHELLS, type Shell } from '../choices.js';
import type { ProgramSpec } from '../completion-spec.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { completionScript } from '../render/completion.js';

export interface CompletionOptions {
  shell: string;
  spec: ProgramSpec;
}

export function completion(context: CommandContext, options: CompletionOptions): void {
  // Any case, as every fixed choice: "career completion BASH".
  const shell = options.shell.toLowerCase();
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new CliError(
      `no completion for "${options.shell}": choose ${orList(SHELLS)}`,
      EXIT.usage,
    );
  }
  context.io.stdout.write(completionScript(shell as Shell, options.spec));
}
