import type { GlobalOptions } from './context.js';

/** A word as a POSIX shell reads it back: as it is when it holds nothing the shell would act on, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * `career` with the global options that chose the knowledge base
 * (`--no-builtin`, each `--data`), for a command the output tells the user
 * to run next: without them, a role of their own data is unknown there.
 * CAREER_DATA is left out: it is still set in the shell they run it from.
 */
export function careerCommand(globals: Pick<GlobalOptions, 'data' | 'builtin'>): string {
  return [
    'career',
    ...(globals.builtin ? [] : ['--no-builtin']),
    ...globals.data.flatMap((path) => ['--data', shellWord(path)]),
  ].join(' ');
}
