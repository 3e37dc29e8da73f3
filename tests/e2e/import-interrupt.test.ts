import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, tempDir } from '../helpers/cli.js';

/** An O*NET-shaped release big enough that writing and checking its import takes a while. */
function bigRelease(occupations: number): string {
  const folder = tempDir('career-onet-');
  const rows = ['O*NET-SOC Code\tTitle\tDescription'];
  const tasks = [
    'O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source',
  ];
  for (let i = 0; i < occupations; i++) {
    const code = `13-${String(1000 + i).padStart(4, '0')}.00`;
    rows.push(`${code}\tAnalyst number ${i}\tAnalyses things of kind ${i} for the firm.`);
    for (let t = 0; t < 15; t++)
      tasks.push(
        `${code}\t${i * 100 + t}\tPrepare report ${t} on market segment ${i} for managers and clients.\tCore\t50\t08/2018\tIncumbent`,
      );
  }
  writeFileSync(join(folder, 'Occupation Data.txt'), `${rows.join('\n')}\n`);
  writeFileSync(join(folder, 'Task Statements.txt'), `${tasks.join('\n')}\n`);
  return folder;
}

describe('Ctrl-C during career import', () => {
  it('exits 130 and leaves no temporary folder and no destination', async () => {
    const release = bigRelease(3000);
    const parent = tempDir('career-out-');
    const child = spawn(process.execPath, [BIN, 'import', 'onet', release, '--out', 'kb'], {
      cwd: parent,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Interrupted once the temporary folder is there, as a person pressing Ctrl-C mid-way.
    let sent = false;
    const poll = setInterval(() => {
      if (!sent && readdirSync(parent).some((name) => name.startsWith('.kb.'))) {
        sent = true;
        child.kill('SIGINT');
      }
    }, 2);
    const code = await exited;
    clearInterval(poll);
    expect(sent).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toMatch(/career: import stopped by SIGINT; nothing was written\n$/);
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(join(parent, 'kb'))).toBe(false);
  }, 60_000);
});
