import { createInterface } from 'node:readline';
import type { CommandContext } from './context.js';
import { CliError } from './errors.js';
import { EXIT } from './exit-codes.js';

/**
 * Whether to go ahead with something that cannot be undone: yes with
 * `--yes`; else asked on the terminal (the answer must start with "y");
 * with no terminal to ask on, a usage error naming `--yes`, never a wait
 * on input that will not come.
 */
export async function confirmed(
  context: CommandContext,
  question: string,
  yes: boolean | undefined,
): Promise<boolean> {
  if (yes) return true;
  const { io } = context;
  if (!io.stdin.isTTY || !io.stderr.isTTY)
    throw new CliError(
      `${question.replace(/\?$/, '')}: asked first, and there is no terminal to ask on; add --yes`,
      EXIT.usage,
    );
  const prompt = createInterface({
    input: io.stdin,
    output: (io.stderr.stream?.() ?? process.stderr) as NodeJS.WritableStream,
  });
  try {
    const answer = await new Promise<string>((resolve) => {
      prompt.question(`${question} [y/N] `, resolve);
      // Ctrl-D: no answer is a no.
      prompt.on('close', () => resolve(''));
    });
    return /^y/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}
