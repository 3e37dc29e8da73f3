import { CliError } from './errors.js';
import { EXIT } from './exit-codes.js';

export type Interruption = { signal: 'SIGINT' | 'SIGTERM'; exitCode: 130 | 143 };

/**
 * Runs `work` (synchronous: a save) so that Ctrl-C or SIGTERM cannot cut it
 * in half. Without a listener Node dies at once on these signals, leaving a
 * half-written temporary copy and the lock behind. With one, the signal
 * waits until the work is done and its `finally` blocks have removed the
 * temporary file and the lock; the loop is then given a turn to deliver it,
 * and the caller is told, to end with 130 or 143 as a shell expects. (A
 * signal while waiting for another writer's lock is therefore felt when the
 * lock is taken or given up, at most the lock timeout later.)
 */
export async function shielded<T>(
  work: () => T,
): Promise<{ value: T; interruption?: Interruption }> {
  let interruption: Interruption | undefined;
  const onInt = () => {
    interruption ??= { signal: 'SIGINT', exitCode: EXIT.interrupted };
  };
  const onTerm = () => {
    interruption ??= { signal: 'SIGTERM', exitCode: EXIT.terminated };
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    const value = work();
    // A signal that came during the work is delivered on the loop's next turn.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
    return interruption ? { value, interruption } : { value };
  } finally {
    process.removeListener('SIGINT', onInt);
    process.removeListener('SIGTERM', onTerm);
  }
}

/**
 * Runs long work that leaves something behind until it ends (import's
 * temporary folder) so that Ctrl-C or SIGTERM stops it cleanly. The work
 * calls `checkpoint()` between its steps: the loop gets a turn there, and a
 * signal that has come meanwhile throws a CliError with 130 or 143, so the
 * work's own `catch` removes what it made. Without a listener Node would
 * die on the spot and leave it.
 */
export async function interruptible<T>(
  what: string,
  work: (checkpoint: () => Promise<void>) => Promise<T>,
): Promise<T> {
  let interruption: Interruption | undefined;
  const onInt = () => {
    interruption ??= { signal: 'SIGINT', exitCode: EXIT.interrupted };
  };
  const onTerm = () => {
    interruption ??= { signal: 'SIGTERM', exitCode: EXIT.terminated };
  };
  const checkpoint = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
    if (interruption)
      throw new CliError(
        `${what} stopped by ${interruption.signal}; nothing was written`,
        interruption.exitCode,
      );
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    return await work(checkpoint);
  } finally {
    process.removeListener('SIGINT', onInt);
    process.removeListener('SIGTERM', onTerm);
  }
}
