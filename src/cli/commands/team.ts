import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MiB, readBounded } from '../../io/read-bounded.js';
import { DEFAULT_READINESS } from '../../knowledge-base/default-readiness.js';
import { byReadiness, latestPerPerson, type TeamMember, teamMember } from '../../readiness/team.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { dataText, isData, type OutputFormat } from '../output-format.js';
import { renderTeamMarkdown, renderTeamTable, renderTeamTsv } from '../render/team.js';

export interface TeamOptions {
  directory: string;
  format?: OutputFormat;
}

/** A result is a few KiB; a file far larger is not one, and is not read whole. */
const LIMIT = 4 * MiB;

/** The file's text, or why it is not read: a folder, a pipe or device, too large (src/io/read-bounded.ts). */
function readResult(path: string): { text: string } | { skipped: string } {
  try {
    return { text: readBounded(path, LIMIT).toString('utf8') };
  } catch (error) {
    if (error instanceof Error && error.name === 'ReadError') return { skipped: error.message };
    throw error;
  }
}

/** How deep results may sit under the folder: a folder per person, or per team and person, and no further. */
const DEPTH = 3;

/**
 * The files under a folder, as paths relative to it ("alex/2026-11.json"),
 * sorted: a folder per person keeps their results together. Hidden entries
 * (.DS_Store, editor swap files) are nobody's result; a folder reached twice
 * (a link back up) is read once.
 */
function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (relative: string, depth: number) => {
    const here = join(folder, relative);
    const { dev, ino } = statSync(here);
    if (seen.has(`${dev}:${ino}`)) return;
    seen.add(`${dev}:${ino}`);
    for (const name of readdirSync(here).sort()) {
      if (name.startsWith('.')) continue;
      const path = relative ? `${relative}/${name}` : name;
      let isFolder = false;
      try {
        isFolder = statSync(join(folder, path)).isDirectory();
      } catch {
        // A broken link: read as a file, which says why it is skipped.
      }
      if (isFolder && depth < DEPTH) walk(path, depth + 1);
      else found.push(path);
    }
  };
  walk('', 1);
  return found;
}

export async function team(context: CommandContext, options: TeamOptions): Promise<void> {
  const { io } = context;
  const folder = resolve(io.cwd, options.directory);
  let names: string[];
  try {
    if (!statSync(folder).isDirectory())
      throw new CliError(
        `${options.directory} is not a folder: career team FOLDER reads the results in one`,
        EXIT.usage,
      );
    names = filesUnder(folder);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read the folder ${options.directory}: ${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`,
      EXIT.usage,
    );
  }

  const members: TeamMember[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const name of names) {
    const read = readResult(join(folder, name));
    if ('skipped' in read) {
      skipped.push({ file: name, reason: read.skipped });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(read.text.replace(/^\uFEFF/, ''));
    } catch {
      skipped.push({
        file: name,
        reason: 'not JSON (career quiz --json or career checkin --json writes a result)',
      });
      continue;
    }
    const member = teamMember(name, value);
    if ('skipped' in member) skipped.push({ file: name, reason: member.skipped });
    else members.push(member);
  }
  const { kept, older } = latestPerPerson(members);
  for (const { member, newer } of older)
    skipped.push({
      file: member.file,
      reason: `an older result for ${member.person} than ${newer.file}`,
    });
  skipped.sort((a, b) => a.file.localeCompare(b.file, 'en'));

  // The order of the verdicts is the readiness check's; the built-in one unless --data says otherwise.
  const knowledgeBase = await context.knowledgeBase();
  const verdicts = (knowledgeBase.readiness ?? DEFAULT_READINESS).verdicts.map((v) => v.id);
  const sorted = byReadiness(kept, verdicts);

  for (const { file, reason } of skipped)
    io.stderr.write(`career: team: skipped ${join(options.directory, file)}: ${reason}\n`);
  // Scripts get the document whatever the result; an empty one has the exit code the table has.
  if (isData(options.format))
    io.stdout.write(await dataText(options.format, { members: sorted, skipped }));
  if (sorted.length === 0)
    throw new CliError(
      `no quiz or check-in results in ${options.directory}: save one per person with career quiz --answers FILE --json > ${join(options.directory, 'NAME.json')}`,
      EXIT.notFound,
    );
  if (isData(options.format)) return;
  if (options.format === 'markdown') io.stdout.write(renderTeamMarkdown(sorted));
  else if (io.stdout.isTTY)
    io.stdout.write(
      renderTeamTable(
        sorted,
        await context.style(io.stdout),
        // The table may use the whole terminal; only prose keeps to textWidth's reading width.
        io.stdout.columns ?? textWidth(undefined),
      ),
    );
  else io.stdout.write(renderTeamTsv(sorted));
}
