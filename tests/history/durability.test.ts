import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../src/history/record.js';
import { appendRecord, HistoryError, readHistory } from '../../src/history/store.js';
import { BIN, career, cleanEnv, ROOT, tempDir } from '../helpers/cli.js';

const ANSWERS = `from: SEO specialist
to: digital-marketing-manager
performance: consistently
tasks: [1, 3]
initiative: this-year
preparation: [technologies, customers]
`;

const answersFile = () => {
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(file, ANSWERS);
  return file;
};

const record = (n: number): HistoryRecord => ({
  version: 1,
  date: new Date(Date.UTC(2026, 0, 1 + (n % 28))).toISOString(),
  from: 'seo-specialist',
  to: 'digital-marketing-manager',
  score: n % 100,
  verdict: 'almost',
  scores: { performance: 90, tasks: 50, initiative: 50, preparation: 40 },
  knowledgeBase: 'sha256:0123456789abcdef',
});

/** `count` records, one a line, about 250 bytes each. */
const historyOf = (count: number) =>
  Array.from({ length: count }, (_, n) => `${JSON.stringify(record(n))}\n`).join('');

/** What sits in the data folder besides history.jsonl: a lock or a temporary copy left over. */
const leftovers = (folder: string) => readdirSync(folder).filter((f) => f !== 'history.jsonl');

const SHORT_WRITES = join(ROOT, 'tests', 'helpers', 'short-writes.cjs');

/** Whether this machine lets us mount a small tmpfs (root on Linux, not in every container). */
function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = tempDir('career-mount-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
  if (mounted.status !== 0) return false;
  spawnSync('umount', [probe]);
  rmdirSync(probe);
  return true;
}

describe('a nearly full disk', () => {
  it.skipIf(!canMountTmpfs())(
    'on a 64 KiB tmpfs: the save fails with exit 4 and the history is byte for byte as it was',
    async () => {
      const data = tempDir('career-tmpfs-');
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', data]).status).toBe(0);
      try {
        // 160 records, 39 KiB: there is room for the file, not for a second copy of it.
        const before = historyOf(160);
        writeFileSync(join(data, 'history.jsonl'), before);
        const { stdout, stderr, code } = await career(['quiz', '--answers', answersFile()], {
          env: { CAREER_DATA_HOME: data },
        });
        expect(stdout).toContain('Almost there · 63/100');
        expect(stderr).toBe(
          `career: cannot save to ${join(data, 'history.jsonl')}: the disk is full. The result above was not saved; use --no-save to skip saving, or set CAREER_DATA_HOME to another folder\n`,
        );
        expect(code).toBe(4);
        expect(readFileSync(join(data, 'history.jsonl'), 'utf8')).toBe(before);
        expect(leftovers(data)).toEqual([]);
      } finally {
        spawnSync('umount', [data]);
      }
    },
  );

  it('a write cut short, then refused (ENOSPC): exit 4, the history as it was, no copy left', async () => {
    const data = tempDir();
    const before = historyOf(160);
    writeFileSync(join(data, 'history.jsonl'), before);
    const { stderr, code } = await career(['quiz', '--answers', answersFile()], {
      env: {
        CAREER_DATA_HOME: data,
        NODE_OPTIONS: `--require ${SHORT_WRITES}`,
        SHORT_WRITE_BUDGET: '24576',
      },
    });
    expect(stderr).toBe(
      `career: cannot save to ${join(data, 'history.jsonl')}: the disk is full. The result above was not saved; use --no-save to skip saving, or set CAREER_DATA_HOME to another folder\n`,
    );
    expect(code).toBe(4);
    expect(readFileSync(join(data, 'history.jsonl'), 'utf8')).toBe(before);
    expect(leftovers(data)).toEqual([]);
  });

  it('writes that go through a little at a time are all written', async () => {
    const data = tempDir();
    const before = historyOf(160);
    writeFileSync(join(data, 'history.jsonl'), before);
    const { stderr, code } = await career(['quiz', '--answers', answersFile()], {
      env: {
        CAREER_DATA_HOME: data,
        NODE_OPTIONS: `--require ${SHORT_WRITES}`,
        SHORT_WRITE_CHUNK: '1000',
      },
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const after = readFileSync(join(data, 'history.jsonl'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^\{"version":1,[^\n]*"score":63,[^\n]*\}\n$/);
    expect(leftovers(data)).toEqual([]);
  });
});

describe('init on a nearly full disk', () => {
  it('writes the whole starter or nothing, and leaves no copy behind', async () => {
    const folder = join(tempDir(), 'kb');
    const { stderr, code } = await career(['init', folder], {
      env: { NODE_OPTIONS: `--require ${SHORT_WRITES}`, SHORT_WRITE_BUDGET: '3000' },
    });
    expect(stderr).toBe(
      `career: cannot write a knowledge base into ${folder}: the disk is full; nothing was written\n`,
    );
    expect(code).toBe(4);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('the bytes a save keeps', () => {
  it('keeps a damaged line byte for byte, invalid UTF-8 included', () => {
    const file = join(tempDir(), 'history.jsonl');
    const before = Buffer.concat([
      Buffer.from(`${JSON.stringify(record(1))}\n{"note":"caf`),
      Buffer.from([0xe9]),
      Buffer.from('"}\n'),
    ]);
    writeFileSync(file, before);
    appendRecord(file, record(2));
    expect(readFileSync(file)).toEqual(
      Buffer.concat([before, Buffer.from(`${JSON.stringify(record(2))}\n`)]),
    );
  });

  it('reads a first record after a byte-order mark, and keeps the mark', () => {
    const file = join(tempDir(), 'history.jsonl');
    const before = `\uFEFF${JSON.stringify(record(1))}\n`;
    writeFileSync(file, before);
    expect(readHistory(file)).toEqual({ records: [record(1)], skipped: [] });
    appendRecord(file, record(2));
    expect(readFileSync(file, 'utf8')).toBe(`${before}${JSON.stringify(record(2))}\n`);
    expect(readHistory(file).records).toEqual([record(1), record(2)]);
  });

  it('writes through a history.jsonl that is a symbolic link, and keeps the link', () => {
    const root = tempDir();
    mkdirSync(join(root, 'synced'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'synced', 'history.jsonl'), `${JSON.stringify(record(1))}\n`, {
      mode: 0o640,
    });
    const link = join(root, 'data', 'history.jsonl');
    symlinkSync('../synced/history.jsonl', link);
    appendRecord(link, record(2));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../synced/history.jsonl');
    expect(readHistory(join(root, 'synced', 'history.jsonl')).records).toEqual([
      record(1),
      record(2),
    ]);
    expect(readdirSync(join(root, 'synced'))).toEqual(['history.jsonl']);
    expect(statSync(join(root, 'synced', 'history.jsonl')).mode & 0o777).toBe(0o640);
  });

  it('refuses a link to nowhere with a clear error, and leaves the link alone', () => {
    const root = tempDir();
    const link = join(root, 'history.jsonl');
    symlinkSync('gone/history.jsonl', link);
    expect(() => appendRecord(link, record(1))).toThrow(
      new HistoryError(
        `cannot save to ${link}: it is a symbolic link to a file that does not exist; fix or remove the link`,
        link,
      ),
    );
    expect(readlinkSync(link)).toBe('gone/history.jsonl');
    expect(readdirSync(root)).toEqual(['history.jsonl']);
  });
});

/** The pid of a process that has just ended: what a crashed writer leaves in its lock. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('locks and interrupted saves', () => {
  it('breaks at once a lock whose process has died, and cleans the copy it left', async () => {
    const data = tempDir();
    const pid = deadPid();
    writeFileSync(join(data, 'history.jsonl'), historyOf(3));
    writeFileSync(
      join(data, 'history.jsonl.lock'),
      JSON.stringify({ pid, host: hostname(), time: new Date().toISOString() }),
    );
    writeFileSync(join(data, `history.jsonl.${pid}.0badc0de.tmp`), historyOf(2));
    const { stderr, code } = await career(['quiz', '--answers', answersFile()], {
      env: { CAREER_DATA_HOME: data },
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readHistory(join(data, 'history.jsonl')).records).toHaveLength(4);
    expect(leftovers(data)).toEqual([]);
  }, 30_000);

  it('breaks a lock of another host, left untouched, before a waiting save gives up', async () => {
    const data = tempDir();
    // Fresh when the save starts: it goes stale while the save waits.
    writeFileSync(
      join(data, 'history.jsonl.lock'),
      JSON.stringify({ pid: 1, host: 'another-host', time: new Date().toISOString() }),
    );
    const { stderr, code } = await career(['quiz', '--answers', answersFile()], {
      env: { CAREER_DATA_HOME: data },
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readHistory(join(data, 'history.jsonl')).records).toHaveLength(1);
    expect(leftovers(data)).toEqual([]);
  }, 40_000);

  it('kill -9 of writers in the middle of their saves: every other writer saves, nothing is damaged', async () => {
    const data = tempDir();
    const file = answersFile();
    // 2 MB of history: each save takes long enough to be caught in the middle.
    writeFileSync(join(data, 'history.jsonl'), historyOf(8000));
    const writers = Array.from({ length: 24 }, () => {
      const child = spawn(process.execPath, [BIN, 'quiz', '--answers', file, '--json'], {
        env: cleanEnv({ CAREER_DATA_HOME: data }),
        stdio: 'ignore',
      });
      return {
        child,
        done: new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code))),
      };
    });
    // Half of them are killed while they write their copy (it is named after their pid).
    const victims = new Set(writers.filter((_, n) => n % 2 === 0).map((w) => w.child.pid));
    const killed = new Set<number>();
    while (writers.some((w) => w.child.exitCode === null && w.child.signalCode === null)) {
      for (const entry of readdirSync(data)) {
        const pid = Number(/^history\.jsonl\.(\d+)\.[0-9a-f]+\.tmp$/.exec(entry)?.[1]);
        if (victims.has(pid) && !killed.has(pid)) {
          process.kill(pid, 'SIGKILL');
          killed.add(pid);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const codes = await Promise.all(writers.map((w) => w.done));
    expect(killed.size).toBeGreaterThan(0);
    const survivors = codes.filter((_, n) => !killed.has(writers[n]?.child.pid ?? 0));
    expect(survivors).toEqual(Array(24 - killed.size).fill(0));
    const saved = readHistory(join(data, 'history.jsonl'));
    expect(saved.skipped).toEqual([]);
    // A writer killed as it renamed its copy may have saved too.
    expect(saved.records.length).toBeGreaterThanOrEqual(8000 + survivors.length);
    expect(saved.records.length).toBeLessThanOrEqual(8000 + 24);
    // What the killed left (a lock, a copy) is cleared by the next save.
    const next = await career(['quiz', '--answers', file], { env: { CAREER_DATA_HOME: data } });
    expect(next.code).toBe(0);
    expect(readHistory(join(data, 'history.jsonl')).records).toHaveLength(saved.records.length + 1);
    expect(leftovers(data)).toEqual([]);
    rmSync(data, { recursive: true, force: true });
  }, 120_000);

  for (const [signal, exitCode] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} during a save: the save is whole, nothing is left behind, exit ${exitCode}`, async () => {
      const data = tempDir();
      // 2 MB of history, written 64 KiB at a time, slowly: a save takes long enough to be
      // interrupted in the middle.
      const before = historyOf(8000);
      writeFileSync(join(data, 'history.jsonl'), before);
      const child = spawn(process.execPath, [BIN, 'quiz', '--answers', answersFile()], {
        env: cleanEnv({
          CAREER_DATA_HOME: data,
          NODE_OPTIONS: `--require ${SHORT_WRITES}`,
          SHORT_WRITE_CHUNK: '65536',
          SHORT_WRITE_DELAY_MS: '20',
        }),
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      const done = new Promise<number | null>((resolve) =>
        child.on('close', (code) => resolve(code)),
      );
      // Signalled as soon as the save has begun: the lock is there.
      let signalled = false;
      while (!signalled && child.exitCode === null) {
        if (existsSync(join(data, 'history.jsonl.lock'))) {
          child.kill(signal);
          signalled = true;
        } else await new Promise((resolve) => setTimeout(resolve, 1));
      }
      expect(signalled).toBe(true);
      const code = await done;
      expect(stderr).toBe(`career: stopped by ${signal}, after the result above was saved\n`);
      expect(code).toBe(exitCode);
      expect(leftovers(data)).toEqual([]);
      const after = readFileSync(join(data, 'history.jsonl'), 'utf8');
      expect(after.length).toBeGreaterThan(before.length);
      expect(after.startsWith(before)).toBe(true);
      expect(after.slice(before.length)).toMatch(/^\{"version":1,[^\n]*\}\n$/);
      rmSync(data, { recursive: true, force: true });
    }, 60_000);
  }
});
