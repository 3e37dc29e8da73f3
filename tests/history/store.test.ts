import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyFile, userFolder } from '../../src/cli/locations.js';
import { isStale } from '../../src/history/lock.js';
import type { HistoryRecord } from '../../src/history/record.js';
import { appendRecord, HistoryError, readHistory } from '../../src/history/store.js';
import { tempDir } from '../helpers/cli.js';

const record = (score: number, to = 'account-manager'): HistoryRecord => ({
  version: 1,
  date: new Date(Date.UTC(2026, 0, score)).toISOString(),
  from: 'marketing-associate',
  to,
  score,
  verdict: 'almost',
  scores: { performance: score },
  knowledgeBase: 'sha256:0',
});

describe('where history and the cache live', () => {
  it('follows CAREER_DATA_HOME or CAREER_CACHE_HOME, then XDG, then the platform’s place', () => {
    expect(userFolder('data', { CAREER_DATA_HOME: '/x' }, 'linux', '/home/a')).toBe('/x');
    expect(userFolder('data', { XDG_DATA_HOME: '/xdg' }, 'linux', '/home/a')).toBe(
      '/xdg/career-advisor',
    );
    expect(userFolder('data', {}, 'linux', '/home/a')).toBe('/home/a/.local/share/career-advisor');
    expect(userFolder('data', {}, 'darwin', '/Users/a')).toBe(
      '/Users/a/Library/Application Support/career-advisor',
    );
    expect(
      userFolder('cache', { CAREER_CACHE_HOME: '/c', CAREER_DATA_HOME: '/x' }, 'linux', '/home/a'),
    ).toBe('/c');
    expect(
      userFolder('cache', { XDG_CACHE_HOME: '/xc', XDG_DATA_HOME: '/xd' }, 'linux', '/home/a'),
    ).toBe('/xc/career-advisor');
    expect(userFolder('cache', {}, 'linux', '/home/a')).toBe('/home/a/.cache/career-advisor');
    expect(userFolder('cache', {}, 'darwin', '/Users/a')).toBe(
      '/Users/a/Library/Caches/career-advisor',
    );
    expect(historyFile('/x')).toBe('/x/history.jsonl');
  });
});

describe('the history file', () => {
  it('creates its folder and adds one line per record, oldest first', () => {
    const file = join(tempDir(), 'deep', 'er', 'history.jsonl');
    appendRecord(file, record(1));
    appendRecord(file, record(2));
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(3);
    expect(readHistory(file)).toEqual({ records: [record(1), record(2)], skipped: [] });
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('reads a missing file as no history', () => {
    expect(readHistory(join(tempDir(), 'none.jsonl'))).toEqual({ records: [], skipped: [] });
  });

  it('skips and reports damaged lines, and keeps them in the file when it writes', () => {
    const file = join(tempDir(), 'history.jsonl');
    const damaged = `${JSON.stringify(record(1))}\n{"version":1,"date":"trunc\n${JSON.stringify({ hello: 'world' })}\n${JSON.stringify(record(2)).slice(0, 20)}`;
    writeFileSync(file, damaged);
    expect(readHistory(file).skipped).toEqual([
      { line: 2, reason: 'damaged (not JSON)' },
      { line: 3, reason: 'not a quiz record' },
      { line: 4, reason: 'damaged (not JSON)' },
    ]);
    appendRecord(file, record(3));
    // Every old byte is still there; the new record starts on a line of its own.
    expect(readFileSync(file, 'utf8')).toBe(`${damaged}\n${JSON.stringify(record(3))}\n`);
    expect(readHistory(file).records.map((r) => ('score' in r ? r.score : null))).toEqual([1, 3]);
  });

  it('fails with a HistoryError, and leaves nothing behind, when the folder cannot be made', () => {
    const root = tempDir();
    writeFileSync(join(root, 'a-file'), 'in the way');
    const file = join(root, 'a-file', 'history.jsonl');
    expect(() => appendRecord(file, record(1))).toThrow(HistoryError);
    expect(() => appendRecord(file, record(1))).toThrow(
      `cannot save to ${file}: a file stands where its folder should be`,
    );
    expect(readFileSync(join(root, 'a-file'), 'utf8')).toBe('in the way');
  });

  it('clears a lock left by a crashed process', () => {
    const file = join(tempDir(), 'history.jsonl');
    writeFileSync(`${file}.lock`, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    appendRecord(file, record(1));
    expect(readHistory(file).records).toHaveLength(1);
  });
});

describe('a lock judged stale', () => {
  /** A lock file on this host, owned by `pid`, last touched `age` ms ago. */
  function lockOf(pid: number, age: number, host = hostname()) {
    const lock = join(tempDir(), 'history.jsonl.lock');
    writeFileSync(lock, JSON.stringify({ pid, host, time: new Date().toISOString() }));
    const then = new Date(Date.now() - age);
    utimesSync(lock, then, then);
    return { lock, seen: statSync(lock) };
  }

  it('is never one whose owner on this host lives and touched it within the minute, however slow', () => {
    // A writer that waited its turn on a loaded machine, or was slowed down as it wrote.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const { lock, seen } = lockOf(child.pid as number, 20_000);
      expect(isStale(lock, seen)).toBe(false);
      const untouched = lockOf(child.pid as number, 120_000);
      expect(isStale(untouched.lock, untouched.seen)).toBe(true);
    } finally {
      child.kill();
    }
  });

  it('is one whose owner has died, at once, and one of another host left untouched', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const fresh = lockOf(Number(dead.stdout), 0);
    expect(isStale(fresh.lock, fresh.seen)).toBe(true);
    const remote = lockOf(1, 20_000, 'another-host');
    expect(isStale(remote.lock, remote.seen)).toBe(true);
    const busy = lockOf(1, 1_000, 'another-host');
    expect(isStale(busy.lock, busy.seen)).toBe(false);
  });
});

describe('breaking a stale lock', () => {
  it('clears a breaker a killed process left, then breaks the lock and saves', () => {
    const file = join(tempDir(), 'history.jsonl');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({
        pid: Number(dead.stdout),
        host: hostname(),
        time: new Date().toISOString(),
      }),
    );
    // A breaker at work (or killed at work): the lock is left to it until it is old.
    mkdirSync(`${file}.lock.breaking`);
    appendRecord(file, record(1));
    expect(readHistory(file).records).toHaveLength(1);
    // The breaker's folder went first, once old, then the lock.
    expect(existsSync(`${file}.lock.breaking`)).toBe(false);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
