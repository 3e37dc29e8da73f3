import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { FolderError, makeFolder } from '../../io/make-folder.js';
import { temporaryName, writeAll } from '../../io/write-whole.js';
import { expandPath } from '../../knowledge-base/files.js';
import { knowledgeBaseJsonSchema } from '../../knowledge-base/json-schema.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { toJson } from '../render/records.js';
import { STARTER_ROLES } from '../render/starter.js';
import { STARTER_LADDER, STARTER_LADDER_READINESS } from '../render/starter-ladder.js';

export interface InitOptions {
  directory: string;
  /** A starter ladder (an organisation's own levels, with its readiness check) instead of roles to add. */
  ladder?: boolean;
}

/** How many YAML files a folder holds, below it too; 0 when it does not exist (or is not a folder). */
function yamlFilesIn(directory: string): number {
  try {
    return statSync(directory).isDirectory() ? expandPath(directory).length : 0;
  } catch {
    return 0;
  }
}

/**
 * Writes a starter knowledge base into a folder. It never overwrites: each
 * file is written beside its place and linked in, which fails if something
 * is already there, so a file someone saved is never replaced.
 */
export function init(context: CommandContext, options: InitOptions): void {
  const directory = resolve(context.io.cwd, options.directory);
  const files: [string, string][] = [
    ...(options.ladder
      ? ([
          ['ladder.yaml', STARTER_LADDER],
          ['readiness.yaml', STARTER_LADDER_READINESS],
        ] as [string, string][])
      : ([['roles.yaml', STARTER_ROLES]] as [string, string][])),
    ['knowledge-base.schema.json', toJson(knowledgeBaseJsonSchema())],
  ];
  const taken = files
    .map(([name]) => join(options.directory, name))
    .filter((_, i) => existsSync(join(directory, files[i]?.[0] ?? '')));
  if (taken.length > 0)
    throw new CliError(
      `${taken.join(' and ')} already exist${taken.length === 1 ? 's' : ''}; nothing was written`,
      EXIT.io,
    );
  // `--data FOLDER` loads every YAML file below it: a starter added to a folder that holds some
  // (an O*NET import, a team's ladder) would be loaded with them.
  const yaml = yamlFilesIn(directory);
  if (yaml > 0)
    throw new CliError(
      `${options.directory} already holds ${yaml} YAML file${yaml === 1 ? '' : 's'}, which --data would load with the starter; give a new or empty folder; nothing was written`,
      EXIT.io,
    );
  // Every file is written in full beside its place before any is linked in, and a failure
  // removes what this run made: the folder gets the whole starter or nothing.
  const made: string[] = [];
  const linked: string[] = [];
  try {
    makeFolder(directory);
    const drafts = files.map(([name, text]) => {
      const temporary = temporaryName(join(directory, name));
      const fd = openSync(temporary, 'wx', 0o644);
      made.push(temporary);
      try {
        writeAll(fd, Buffer.from(text, 'utf8'));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return { temporary, target: join(directory, name) };
    });
    for (const { temporary, target } of drafts) {
      linkSync(temporary, target);
      linked.push(target);
    }
  } catch (error) {
    for (const file of linked) {
      try {
        unlinkSync(file);
      } catch {
        // Already gone.
      }
    }
    if (error instanceof FolderError) throw new CliError(error.message, EXIT.io);
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot write a knowledge base into ${options.directory}: ${code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : (error as Error).message}; nothing was written`,
      EXIT.io,
    );
  } finally {
    for (const file of made) {
      try {
        unlinkSync(file);
      } catch {
        // Not there.
      }
    }
  }
  context.io.stdout.write(
    options.ladder
      ? `Wrote ${join(options.directory, 'ladder.yaml')}, its readiness check and its schema. Try it:\n  career --no-builtin --data ${options.directory} list\n  career --no-builtin --data ${options.directory} quiz\n  career --no-builtin validate ${options.directory}\n`
      : `Wrote ${join(options.directory, 'roles.yaml')} and its schema. Try it:\n  career --data ${options.directory} list --track content-marketing\n  career validate ${options.directory}\n`,
  );
}
