import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/history/store.js';
import { BIN, cleanEnv, shell, tempDir } from '../helpers/cli.js';

const ANSWERS = `from: SEO specialist
to: digital-marketing-manager
performance: consistently
tasks: [1, 3]
initiative: this-year
preparation: [technologies, customers]
`;

describe('output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('a full disk: one line and exit 4, no stack', () => {
    const { stdout, stderr, code } = shell('career list > /dev/full');
    expect(stdout).toBe('');
    expect(stderr).toBe('career: cannot write to standard output: the disk is full\n');
    expect(code).toBe(4);
  });

  it('stdout opened for reading only (EBADF): one line and exit 4, no stack', () => {
    const { stderr, code } = shell('career list 1</dev/null');
    expect(stderr).toBe('career: cannot write to standard output: it is not open for writing\n');
    expect(code).toBe(4);
  });

  it('a reader that has gone: the quiz still saves its result, and ends quietly', async () => {
    const data = join(tempDir(), 'data');
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, ANSWERS);
    const child = spawn(process.execPath, [BIN, 'quiz', '--answers', answers], {
      env: cleanEnv({ CAREER_DATA_HOME: data }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader closes before the program has written a byte: `| true`, made certain.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      readHistory(join(data, 'history.jsonl')).records.map((r) => ('score' in r ? r.score : null)),
    ).toEqual([63]);
  });
});
