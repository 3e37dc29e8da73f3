import { spawnSync } from 'node:child_process';
import { BIN, cleanEnv, type Result, ROOT } from './cli.js';

/**
 * Runs the real CLI like career() does, but killed after `seconds`: a run
 * that would never end (an endless walk) fails its test with code null
 * instead of outliving it.
 */
export function careerWithin(
  seconds: number,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Result {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: cleanEnv(env),
    encoding: 'utf8',
    timeout: seconds * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 28,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
