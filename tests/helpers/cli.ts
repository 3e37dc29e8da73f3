import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'career.js');

export interface Result {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Where runs that do not say otherwise keep history and cache: never the real home folder. */
const scratch = mkdtempSync(join(tmpdir(), 'career-home-'));

/**
 * The environment of a person's shell with nothing that changes colour or
 * data locations, so each test states exactly what it sets.
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'SYSTEMROOT', 'TMPDIR']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  env.TERM = 'xterm-256color';
  env.CAREER_DATA_HOME = join(scratch, 'data');
  env.CAREER_CACHE_HOME = join(scratch, 'cache');
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
  /** Leave stdin open and never write to it: a program that waits on it never ends. */
  holdStdin?: boolean;
  /** Run as another user (through setpriv), for permissions root would ignore. */
  asUser?: number;
  /** Another copy of bin/career.js to run. */
  bin?: string;
}

/** Runs the real CLI as a process, stdout and stderr piped, and waits for it. */
export function career(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const [command, prefix] =
      options.asUser === undefined
        ? [process.execPath, []]
        : [
            'setpriv',
            [
              `--reuid=${options.asUser}`,
              `--regid=${options.asUser}`,
              '--clear-groups',
              process.execPath,
            ],
          ];
    const child = spawn(command, [...prefix, options.bin ?? BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: cleanEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (options.holdStdin) child.stdin.destroy();
      resolve({ stdout, stderr, code });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else if (!options.holdStdin) child.stdin.end();
  });
}

/** Runs a shell command line (for pipes), with `career` meaning the real CLI. */
export function shell(script: string, options: RunOptions = {}): Result {
  const result = spawnSync(
    'bash',
    ['-c', `career() { "${process.execPath}" "${BIN}" "$@"; }\n${script}`],
    {
      cwd: options.cwd ?? ROOT,
      env: cleanEnv(options.env),
      encoding: 'utf8',
      input: options.input ?? '',
    },
  );
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/**
 * Runs the CLI with a real pseudo-terminal as stdin and stdout (util-linux
 * `script`), as a person at a terminal would. Output lines end in CRLF there.
 */
export function careerInTerminal(
  args: readonly string[],
  options: RunOptions & { columns?: number } = {},
): Result {
  const quoted = [process.execPath, BIN, ...args]
    .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  const columns = options.columns ?? 100;
  const result = spawnSync(
    'script',
    ['-qec', `stty cols ${columns} rows 50; ${quoted}`, '/dev/null'],
    {
      cwd: options.cwd ?? ROOT,
      env: cleanEnv(options.env),
      encoding: 'utf8',
      input: options.input ?? '',
    },
  );
  return {
    stdout: result.stdout.replace(/\r\n/g, '\n'),
    stderr: result.stderr,
    code: result.status,
  };
}

export function tempDir(prefix = 'career-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A copy of the built program (bin/ and dist/: it needs nothing else) in a
 * folder every user may read, for runs as another user, who may not be
 * able to reach this checkout.
 */
export function worldReadableCopy(): string {
  const root = tempDir('career-copy-');
  for (const folder of ['bin', 'dist'])
    cpSync(join(ROOT, folder), join(root, folder), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  chmodSync(root, 0o755);
  return join(root, 'bin', 'career.js');
}

/** ANSI escape sequences: what colour looks like in a byte stream. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point.
export const ANSI = /\u001b\[[0-9;]*m/;
