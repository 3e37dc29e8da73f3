import { controlCharacterWarnings } from '../../knowledge-base/control-characters.js';
import { formatIssue } from '../../knowledge-base/errors.js';
import { checkKnowledgeBase } from '../../knowledge-base/load.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

export interface ValidateOptions {
  paths: string[];
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Checks files as --data would load them, layered over the built-in roles
 * (unless --no-builtin), and reports every problem at once. Unlike the other
 * commands, whose broken data ends them with exit 3, validate answers a
 * question: problems found is exit 1, the way grep answers "no match".
 */
export async function validate(context: CommandContext, options: ValidateOptions): Promise<void> {
  const { io } = context;
  const base = context.globals().builtin ? { base: context.builtin() } : {};
  const { issues, layers, files } = checkKnowledgeBase(options.paths, base);
  if (issues.length > 0) {
    io.stdout.write(issues.map((issue) => `${formatIssue(issue)}\n`).join(''));
    const damaged = new Set(issues.map((issue) => issue.file)).size;
    throw new CliError(
      `${count(issues.length, 'problem')} in ${count(damaged, 'file')}`,
      EXIT.notFound,
    );
  }
  // Warnings, not problems: the files load, and the output shows these characters escaped.
  for (const warning of layers.flat().flatMap(controlCharacterWarnings))
    io.stderr.write(`career: warning: ${formatIssue(warning)}\n`);
  const data = layers.flat().map((parsed) => parsed.data);
  const roles = data.flatMap((d) => d.roles ?? []);
  const tracks = data.reduce((n, d) => n + (d.tracks?.length ?? 0), 0);
  const edges = roles.reduce((n, role) => n + role.advancesTo.length, 0);
  io.stdout.write(
    `valid: ${count(files.length, 'file')}, ${count(roles.length, 'role')}, ${count(tracks, 'track')}, ${count(edges, 'advancement edge')}\n`,
  );
}
