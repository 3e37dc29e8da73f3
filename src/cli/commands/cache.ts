import { readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { plural } from '../../text/sentence.js';
import { confirmed } from '../confirm.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { userFolder } from '../locations.js';

export interface CacheOptions {
  action: string;
  yes?: boolean;
}

/** Every file the cache writes starts so (src/knowledge-base/cache.ts): nothing else is touched. */
const CACHE_FILE = /^knowledge-base-[0-9a-f]+\./;

/**
 * `career cache clear`: removes the cached knowledge bases and search
 * indexes. Only the cache's own files go, so a CAREER_CACHE_HOME pointed at
 * a shared folder loses nothing else; the next run rebuilds what it needs.
 */
export async function cache(context: CommandContext, options: CacheOptions): Promise<void> {
  const { io } = context;
  const folder = userFolder('cache', io.env, process.platform, homedir());
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => CACHE_FILE.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new CliError(
        `cannot read the cache folder ${folder}: ${(error as Error).message}`,
        EXIT.io,
      );
    names = [];
  }
  if (names.length === 0) {
    io.stdout.write(`The cache is empty (${folder}).\n`);
    return;
  }
  const files = plural(names.length, 'cache file');
  if (!(await confirmed(context, `Remove ${files} from ${folder}?`, options.yes))) {
    io.stderr.write('career: nothing was removed\n');
    return;
  }
  for (const name of names) {
    try {
      rmSync(join(folder, name), { force: true });
    } catch (error) {
      throw new CliError(
        `cannot remove ${join(folder, name)}: ${(error as Error).message}`,
        EXIT.io,
      );
    }
  }
  io.stdout.write(`Removed ${files} from ${folder}.\n`);
}
