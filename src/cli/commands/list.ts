import { allLevels } from '../../engine/levels.js';
import { findLevel, findTrack, listRoles } from '../../engine/list.js';
import { shorten } from '../../text/quote.js';
import { closest, suggesting } from '../../text/similarity.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { type OutputFormat, toYaml } from '../output-format.js';
import { renderListTable, renderListTsv } from '../render/list.js';
import { roleSummary, toJson } from '../render/records.js';

export interface ListOptions {
  track?: string;
  level?: string;
  format?: OutputFormat;
}

function unknownValue(kind: string, value: string, known: string[]): CliError {
  return new CliError(
    `${suggesting(`unknown ${kind} "${shorten(value)}"`, closest(value, known))} (${kind}s: ${known.join(', ')})`,
    EXIT.usage,
  );
}

export async function list(context: CommandContext, options: ListOptions): Promise<void> {
  const knowledgeBase = await context.knowledgeBase();
  const track = options.track === undefined ? undefined : findTrack(knowledgeBase, options.track);
  if (options.track !== undefined && !track)
    throw unknownValue(
      'track',
      options.track,
      knowledgeBase.tracks.map((t) => t.id),
    );
  const level = options.level === undefined ? undefined : findLevel(knowledgeBase, options.level);
  if (options.level !== undefined && !level)
    throw unknownValue(
      'level',
      options.level,
      allLevels(knowledgeBase).map((l) => l.id),
    );

  const roles = listRoles(knowledgeBase, { track, level });
  const { stdout } = context.io;
  if (options.format === 'json') stdout.write(toJson(roles.map(roleSummary)));
  else if (options.format === 'yaml') stdout.write(await toYaml(roles.map(roleSummary)));
  else if (stdout.isTTY)
    stdout.write(
      renderListTable(knowledgeBase, roles, await context.style(stdout), textWidth(stdout.columns)),
    );
  else stdout.write(renderListTsv(roles));
}
