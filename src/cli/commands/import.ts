import { randomBytes } from 'node:crypto';
import {
  lstatSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { decodeSource } from '../../import/decode.js';
import { convertOnet, ONET_FILES, type OnetTables, REQUIRED_COLUMNS } from '../../import/onet.js';
import { parseTsv } from '../../import/tsv.js';
import { FolderError, makeFolder } from '../../io/make-folder.js';
import { MiB, readBounded } from '../../io/read-bounded.js';
import { formatIssue, KnowledgeBaseError } from '../../knowledge-base/errors.js';
import { checkKnowledgeBase } from '../../knowledge-base/load.js';
import { orList } from '../../text/sentence.js';
import { IMPORT_SOURCES } from '../choices.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { type Progress, progress } from '../progress.js';
import { interruptible } from '../signals.js';

export interface ImportOptions {
  source: string;
  directory: string;
  out: string;
  codes?: string;
}

/** Far more than any O*NET table (the largest is tens of MiB); a device or pipe is refused outright. */
const ONET_FILE_LIMIT = 256 * MiB;

function readTables(
  directory: string,
  io: CommandContext['io'],
  shown: Progress,
): { tables: OnetTables; version?: string } {
  const tables: Partial<OnetTables> = {};
  for (const [key, name] of Object.entries(ONET_FILES) as [keyof typeof ONET_FILES, string][]) {
    const file = join(directory, name);
    shown.step(`reading ${name}`);
    let bytes: Buffer;
    try {
      bytes = readBounded(file, ONET_FILE_LIMIT);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && key !== 'occupations') {
        shown.done();
        io.stderr.write(`career: ${file} not found; importing without it\n`);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notARelease(directory, file);
      throw new CliError(`cannot read ${file}: ${(error as Error).message}`, EXIT.data);
    }
    const { text, encoding } = decodeSource(bytes);
    if (encoding !== 'utf-8') shown.done();
    if (encoding !== 'utf-8')
      io.stderr.write(
        `career: ${file} is not UTF-8 text: read as Windows-1252 (Latin-1), so that accented letters are kept\n`,
      );
    const table = parseTsv(text);
    const missing = REQUIRED_COLUMNS[key].filter((column) => !table.columns.includes(column));
    const header = text.split(/\r?\n/, 1)[0] ?? '';
    if (missing.length > 0 && !header.includes('\t') && header.includes(',')) {
      throw new CliError(
        `${file}:1: comma-separated (CSV), not tab-separated: save it as tab-delimited text ("Text (Tab delimited)" in a spreadsheet), or use O*NET's text release`,
        EXIT.data,
      );
    }
    if (missing.length > 0) {
      throw new CliError(
        `${file}:1: no ${missing.map((c) => `"${c}"`).join(' or ')} column in the header (columns: ${table.columns.join(', ')})`,
        EXIT.data,
      );
    }
    tables[key] = table;
  }
  let version: string | undefined;
  try {
    version = /O\*NET\s+(\d+(?:\.\d+)?)\s+Database/.exec(
      readBounded(join(directory, 'Read Me.txt'), ONET_FILE_LIMIT).toString('utf8'),
    )?.[1];
  } catch {
    version = /(\d+\.\d+)/.exec(basename(resolve(directory)))?.[1];
  }
  return version ? { tables: tables as OnetTables, version } : { tables: tables as OnetTables };
}

/**
 * Why a folder without Occupation Data.txt cannot be imported, naming what
 * is there: O*NET also publishes its database as Excel workbooks and as
 * comma-separated files, which this import does not read.
 */
function notARelease(directory: string, file: string): CliError {
  let names: string[] = [];
  try {
    names = readdirSync(directory);
  } catch {
    // No folder at all, or one that cannot be listed: the file is what is missing.
  }
  const excel = names.filter((name) => /\.xlsx?$/i.test(name));
  const csv = names.filter((name) => /\.csv$/i.test(name));
  const found = excel.length > 0 ? excel : csv;
  if (found.length > 0) {
    const listed = `${found.slice(0, 3).join(', ')}${found.length > 3 ? ` and ${found.length - 3} more` : ''}`;
    const kind = excel.length > 0 ? 'Excel workbooks' : 'comma-separated (CSV) files';
    return new CliError(
      `${directory} holds ${kind} (${listed}), not O*NET's text release: download the text release (db_XX_X_text.zip from https://www.onetcenter.org/database.html) and import its folder, or save each file as tab-delimited text named like "Occupation Data.txt"`,
      EXIT.data,
    );
  }
  return new CliError(
    `cannot read ${file}: no such file (is this an O*NET text release?)`,
    EXIT.data,
  );
}

/**
 * The folder the import is to become: --out itself, or, when --out is a
 * link to a folder, that folder (the link stays, and leads to the import).
 * It must not exist yet or be an empty folder; anything else is refused
 * before any work is done.
 */
function destination(out: string, given: string): string {
  const refuse = (why: string) => new CliError(`${given} ${why}; choose another --out`, EXIT.io);
  const reason = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
    if (code === 'ENOTDIR') return 'is below a file, not a folder';
    if (code === 'ELOOP') return 'is a loop of links';
    return `cannot be used (${code ?? (error as Error).message})`;
  };
  let link: boolean;
  try {
    link = lstatSync(out).isSymbolicLink();
  } catch (error) {
    // Nothing there yet: the import creates it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return out;
    throw refuse(reason(error));
  }
  let target = out;
  try {
    if (link) target = realpathSync(out);
  } catch (error) {
    throw refuse(
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is a link to nothing' : reason(error),
    );
  }
  let entries: string[];
  try {
    if (!statSync(target).isDirectory())
      throw refuse(link ? 'is a link to a file, not a folder' : 'is a file, not a folder');
    entries = readdirSync(target);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw refuse(reason(error));
  }
  if (entries.length > 0) throw refuse('already exists and is not empty');
  return target;
}

const yaml = (value: unknown, header: string) => `${header}\n${stringify(value, { lineWidth: 0 })}`;

/**
 * `career import onet DIR`: converts an O*NET text release into a knowledge
 * base folder. It is written beside its destination, checked with the same
 * loader --data uses, and only then renamed into place, so the destination
 * holds a whole, valid import or nothing.
 */
export async function importData(context: CommandContext, options: ImportOptions): Promise<void> {
  if (!(IMPORT_SOURCES as readonly string[]).includes(options.source.toLowerCase()))
    throw new CliError(
      `cannot import from "${options.source}": the one source known is ${orList(IMPORT_SOURCES)}`,
      EXIT.usage,
    );
  const { io } = context;
  const source = resolve(io.cwd, options.directory);
  const target = destination(resolve(io.cwd, options.out), options.out);

  const shown = progress(io.stderr, 'importing', io.now);
  // Ctrl-C removes the temporary folder: the destination gets the whole import or nothing.
  const result = await interruptible('import', async (checkpoint) => {
    const { tables, version } = readTables(source, io, shown);
    await checkpoint();
    shown.step('converting the occupations');
    const result = convertOnet(tables, { codes: options.codes, version });
    if (result.problems.length > 0)
      throw new KnowledgeBaseError(
        result.problems.map(({ file, line, message }) => ({
          file: join(source, ONET_FILES[file]),
          line,
          message,
        })),
      );
    if (result.counts.occupations === 0)
      throw new CliError(
        `no occupation matches ${options.codes ? `--codes ${options.codes}` : 'in the release'}`,
        EXIT.notFound,
      );

    const attribution = result.shared.sources?.[0]?.attribution ?? '';
    const header = `# ${attribution
      .replace(/(.{1,78})(\s|$)/g, '$1\n# ')
      .trimEnd()
      .replace(/#$/, '')
      .trimEnd()}`;
    // A fresh folder of our own beside the destination (so that the rename stays on one file system):
    // nothing left by an earlier run can slip into the import.
    const temporary = join(
      dirname(target),
      `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
    );
    try {
      await checkpoint();
      makeFolder(dirname(target));
      makeFolder(temporary, { fresh: true });
      makeFolder(join(temporary, 'roles'));
      writeFileSync(join(temporary, 'ATTRIBUTION.txt'), `${attribution}\n`);
      writeFileSync(join(temporary, 'onet.yaml'), yaml(result.shared, header));
      for (const [name, roles] of result.groups) {
        shown.step(`writing roles/${name}.yaml`);
        writeFileSync(join(temporary, 'roles', `${name}.yaml`), yaml({ roles }, header));
        await checkpoint();
      }
      shown.step('checking the import');
      const { issues } = checkKnowledgeBase([temporary]);
      if (issues.length > 0)
        throw new CliError(
          `the import did not validate (a bug: please report it):\n${issues.slice(0, 5).map(formatIssue).join('\n')}`,
          EXIT.internal,
        );
      // One rename puts the import in place: over nothing, or over an empty folder, which it replaces
      // whole. The destination is never emptied first: a file someone put there meanwhile makes the
      // rename fail (ENOTEMPTY), and stays.
      await checkpoint();
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { recursive: true, force: true });
      if (error instanceof CliError) throw error;
      // The temporary folder is an inner detail: the folder the user named is what could not be made.
      if (error instanceof FolderError)
        throw new CliError(
          error.path.startsWith(temporary)
            ? `cannot create the folder ${target}: ${error.reason}`
            : error.message,
          EXIT.io,
        );
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR')
        throw new CliError(
          `${options.out} was filled while the import ran; nothing was imported and nothing in it was touched`,
          EXIT.io,
        );
      throw new CliError(`cannot write ${options.out}: ${(error as Error).message}`, EXIT.io);
    }
    return result;
  }).finally(() => shown.done());
  const { occupations, responsibilities, aliases, edges } = result.counts;
  io.stdout.write(
    `Imported ${occupations} occupations (${responsibilities} responsibilities, ${aliases} aliases, ${edges} advancement edges) into ${options.out}\n` +
      `Use it: career --data ${options.out} list   (the attribution is in ${join(options.out, 'ATTRIBUTION.txt')})\n`,
  );
}
