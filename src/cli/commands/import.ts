import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { convertOnet, ONET_FILES, type OnetTables, REQUIRED_COLUMNS } from '../../import/onet.js';
import { parseTsv } from '../../import/tsv.js';
import { MiB, readBounded } from '../../io/read-bounded.js';
import { formatIssue } from '../../knowledge-base/errors.js';
import { checkKnowledgeBase } from '../../knowledge-base/load.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

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
): { tables: OnetTables; version?: string } {
  const tables: Partial<OnetTables> = {};
  for (const [key, name] of Object.entries(ONET_FILES) as [keyof typeof ONET_FILES, string][]) {
    const file = join(directory, name);
    let text: string;
    try {
      text = readBounded(file, ONET_FILE_LIMIT).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && key !== 'occupations') {
        io.stderr.write(`career: ${file} not found; importing without it\n`);
        continue;
      }
      throw new CliError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (is this an O*NET text release?)' : (error as Error).message}`,
        EXIT.data,
      );
    }
    const table = parseTsv(text);
    const missing = REQUIRED_COLUMNS[key].filter((column) => !table.columns.includes(column));
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

const yaml = (value: unknown, header: string) => `${header}\n${stringify(value, { lineWidth: 0 })}`;

/**
 * `career import onet DIR`: converts an O*NET text release into a knowledge
 * base folder. It is written beside its destination, checked with the same
 * loader --data uses, and only then renamed into place, so the destination
 * holds a whole, valid import or nothing.
 */
export async function importData(context: CommandContext, options: ImportOptions): Promise<void> {
  if (options.source !== 'onet')
    throw new CliError(
      `cannot import from "${options.source}": the one source known is onet`,
      EXIT.usage,
    );
  const { io } = context;
  const source = resolve(io.cwd, options.directory);
  const out = resolve(io.cwd, options.out);
  if (existsSync(out) && readdirSync(out).length > 0)
    throw new CliError(
      `${options.out} already exists and is not empty; choose another --out`,
      EXIT.io,
    );

  const { tables, version } = readTables(source, io);
  const result = convertOnet(tables, { codes: options.codes, version });
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
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    mkdirSync(join(temporary, 'roles'), { recursive: true });
    writeFileSync(join(temporary, 'ATTRIBUTION.txt'), `${attribution}\n`);
    writeFileSync(join(temporary, 'onet.yaml'), yaml(result.shared, header));
    for (const [name, roles] of result.groups)
      writeFileSync(join(temporary, 'roles', `${name}.yaml`), yaml({ roles }, header));
    const { issues } = checkKnowledgeBase([temporary]);
    if (issues.length > 0)
      throw new CliError(
        `the import did not validate (a bug: please report it):\n${issues.slice(0, 5).map(formatIssue).join('\n')}`,
        EXIT.internal,
      );
    if (existsSync(out)) rmSync(out, { recursive: true });
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${options.out}: ${(error as Error).message}`, EXIT.io);
  }
  const { occupations, responsibilities, aliases, edges } = result.counts;
  io.stdout.write(
    `Imported ${occupations} occupations (${responsibilities} responsibilities, ${aliases} aliases, ${edges} advancement edges) into ${options.out}\n` +
      `Use it: career --data ${options.out} list   (the attribution is in ${join(options.out, 'ATTRIBUTION.txt')})\n`,
  );
}
