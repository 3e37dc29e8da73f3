import { allLevels } from '../../engine/levels.js';
import { findLevel, findTrack, listRoles } from '../../engine/list.js';
import { shorten } from '../../text/quote.js';
import { closest, suggesting } from '../../text/similarity.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { type OutputFormat, toYaml } from '../output-format.js';
import { renderListMarkdown, renderListTable, renderListTsv } from '../render/list.js';
import { roleSummary, toJson } from '../render/records.js';

export interface ListOptions {
  track?: string;
  level?: string;
  format?: OutputFormat;
}

/** A --track or --level as asked for, or the usage error naming the ones there are. */
function named<T extends { id: string }>(
  kind: 'track' | 'level',
  value: string | undefined,
  find: (name: string) => T | undefined,
  all: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const found = find(value);
  if (found) return found;
  const known = all.map((item) => item.id);
  throw new CliError(
    `${suggesting(`unknown ${kind} "${shorten(value)}"`, closest(value, known))} (${kind}s: ${known.join(', ')})`,
    EXIT.usage,
  );
}

export async function list(context: CommandContext, options: ListOptions): Promise<void> {
  const knowledgeBase = await context.knowledgeBase();
  const track = named(
    'track',
    options.track,
    (name) => findTrack(knowledgeBase, name),
    knowledgeBase.tracks,
  );
  const level = named(
    'level',
    options.level,
    (name) => findLevel(knowledgeBase, name),
    allLevels(knowledgeBase),
  );

  const roles = listRoles(knowledgeBase, { track, level });
  const { stdout } = context.io;
  if (options.format === 'json') stdout.write(toJson(roles.map(roleSummary)));
  else if (options.format === 'yaml') stdout.write(await toYaml(roles.map(roleSummary)));
  else if (options.format === 'markdown') stdout.write(renderListMarkdown(knowledgeBase, roles));
  else if (stdout.isTTY)
    stdout.write(
      renderListTable(knowledgeBase, roles, await context.style(stdout), textWidth(stdout.columns)),
    );
  else stdout.write(renderListTsv(roles));
}
