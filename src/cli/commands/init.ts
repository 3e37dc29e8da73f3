import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { knowledgeBaseJsonSchema } from '../../knowledge-base/json-schema.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { toJson } from '../render/records.js';
import { STARTER_ROLES } from '../render/starter.js';

export interface InitOptions {
  directory: string;
}

/**
 * Writes a starter knowledge base into a folder. It never overwrites: each
 * file is written beside its place and linked in, which fails if something
 * is already there, so a file someone saved is never replaced.
 */
export function init(context: CommandContext, options: InitOptions): void {
  const directory = resolve(context.io.cwd, options.directory);
  const files: [string, string][] = [
    ['roles.yaml', STARTER_ROLES],
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
  try {
    mkdirSync(directory, { recursive: true });
    for (const [name, text] of files) {
      const target = join(directory, name);
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, text, { flag: 'wx' });
      try {
        linkSync(temporary, target);
      } finally {
        unlinkSync(temporary);
      }
    }
  } catch (error) {
    throw new CliError(
      `cannot write a knowledge base into ${options.directory}: ${(error as Error).message}`,
      EXIT.io,
    );
  }
  context.io.stdout.write(
    `Wrote ${join(options.directory, 'roles.yaml')} and its schema. Try it:\n  career --data ${options.directory} list --track content-marketing\n  career validate ${options.directory}\n`,
  );
}
