import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

/**
 * Runs `body` in a Node process of its own, with `out` an fdStream on its
 * stdout (a pipe to this test), and returns what came through the pipe and
 * what the body reported on stderr (JSON). A process of its own, because
 * fdStream writes to file descriptor 1 itself.
 */
function withFdStream(
  body: string,
  options: { closeEarly?: boolean; readSlowly?: boolean } = {},
): Promise<{ out: Buffer; report: unknown; code: number | null }> {
  const script = join(tempDir(), 'child.mts');
  writeFileSync(
    script,
    `import { fdStream } from ${JSON.stringify(join(ROOT, 'src/cli/fd-stream.ts'))};
const out = fdStream(1, () => process.stdout);
const report = (value: unknown) => process.stderr.write(JSON.stringify(value));
${body}
`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    if (options.closeEarly) child.stdout.destroy();
    else {
      child.stdout.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        // A slow reader: the pipe fills and the writer must wait, not drop.
        if (options.readSlowly) {
          child.stdout.pause();
          setTimeout(() => child.stdout.resume(), 5);
        }
      });
    }
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ out: Buffer.concat(chunks), report: JSON.parse(stderr), code });
      } catch {
        reject(new Error(`the child said: ${stderr}`));
      }
    });
  });
}

describe('fdStream', () => {
  it('writes whole, in order, through a pipe that fills faster than it is read', async () => {
    // Several times a pipe's buffer, in pieces with multi-byte characters across their edges.
    const { out, report, code } = await withFdStream(
      `const piece = 'é→'.repeat(5000) + '\\n';
const results = [];
for (let i = 0; i < 20; i++) results.push(out.write(String(i).padStart(3) + piece));
report({ results: [...new Set(results)], failure: out.failure?.() ?? null, isTTY: out.isTTY, columns: out.columns ?? null });`,
      { readSlowly: true },
    );
    expect(code).toBe(0);
    expect(report).toEqual({ results: [true], failure: null, isTTY: false, columns: null });
    const lines = out.toString('utf8').split('\n').slice(0, -1);
    expect(lines).toHaveLength(20);
    lines.forEach((line, i) => {
      expect(line).toBe(String(i).padStart(3) + 'é→'.repeat(5000));
    });
  });

  it('stops writing, with no failure, when the reader has gone (EPIPE)', async () => {
    const { out, report, code } = await withFdStream(
      `await new Promise((done) => setTimeout(done, 200));
const results = [out.write('first\\n'), out.write('second\\n'), out.write('third\\n')];
report({ results, failure: out.failure?.() ?? null });`,
      { closeEarly: true },
    );
    expect(code).toBe(0);
    expect(out.length).toBe(0);
    expect(report).toEqual({ results: [false, false, false], failure: null });
  });
});

describe('isTerminal', () => {
  it('says no for a file, a pipe and /dev/null, and yes for a pseudo-terminal', async () => {
    const { isTerminal } = await import('../../src/cli/fd-stream.js');
    const { closeSync, openSync } = await import('node:fs');
    const file = openSync(join(tempDir(), 'out.txt'), 'w');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(isTerminal(file)).toBe(false);
      expect(isTerminal(devNull)).toBe(false);
    } finally {
      closeSync(file);
      closeSync(devNull);
    }
    // A pipe, and a pseudo-terminal made by util-linux `script`, each seen from a child's stdout.
    const probe = `import { isTerminal } from ${JSON.stringify(join(ROOT, 'src/cli/fd-stream.ts'))}; process.stderr.write(String(isTerminal(1)));`;
    const script = join(tempDir(), 'probe.mts');
    writeFileSync(script, probe);
    const piped = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT });
      let said = '';
      child.stderr.on('data', (chunk: Buffer) => {
        said += chunk;
      });
      child.on('close', () => resolve(said));
    });
    expect(piped).toBe('false');
    const inTerminal = await new Promise<string>((resolve) => {
      const command = `${process.execPath} --import tsx ${script} 2>&1`;
      const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT });
      let said = '';
      child.stdout.on('data', (chunk: Buffer) => {
        said += chunk;
      });
      child.on('close', () => resolve(said));
    });
    expect(inTerminal.trim()).toBe('true');
  });
});
