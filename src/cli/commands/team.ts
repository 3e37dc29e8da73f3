import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { byReadiness, latestPerPerson, type TeamMember, teamMember } from '../../readiness/team.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { toJson } from '../render/records.js';
import { renderTeamMarkdown, renderTeamTable, renderTeamTsv } from '../render/team.js';

export interface TeamOptions {
  directory: string;
  json?: boolean;
  markdown?: boolean;
}

/** A result is a few KiB; a file far larger is not one, and is not read whole. */
const LIMIT = 4 * 1024 * 1024;

/** The file's text, or why it cannot be read: never more than LIMIT bytes, never a pipe or device. */
function readResult(path: string): { text: string } | { skipped: string } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      skipped:
        code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code})`,
    };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { skipped: 'a folder' };
    if (!stat.isFile()) return { skipped: 'not a regular file' };
    if (stat.size > LIMIT)
      return { skipped: `larger than ${LIMIT / 1024 / 1024} MiB: not a result` };
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { text: buffer.subarray(0, read).toString('utf8') };
  } finally {
    closeSync(fd);
  }
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
    names = readdirSync(folder).sort();
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
  // Hidden files (.DS_Store, editor swap files) are nobody's result: passed over in silence.
  for (const name of names.filter((n) => !n.startsWith('.'))) {
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
  const verdicts = (knowledgeBase.readiness?.verdicts ?? []).map((v) => v.id);
  const sorted = byReadiness(kept, verdicts);

  for (const { file, reason } of skipped)
    io.stderr.write(`career: team: skipped ${join(options.directory, file)}: ${reason}\n`);
  if (options.json) {
    io.stdout.write(toJson({ members: sorted, skipped }));
    return;
  }
  if (sorted.length === 0)
    throw new CliError(
      `no quiz or check-in results in ${options.directory}: save one per person with career quiz --answers FILE --json > ${join(options.directory, 'NAME.json')}`,
      EXIT.notFound,
    );
  if (options.markdown) io.stdout.write(renderTeamMarkdown(sorted));
  else if (io.stdout.isTTY)
    io.stdout.write(renderTeamTable(sorted, await context.style(io.stdout)));
  else io.stdout.write(renderTeamTsv(sorted));
}
