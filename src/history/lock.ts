import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmdirSync,
  type Stats,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { readBounded } from '../io/read-bounded.js';
import { temporaryName } from '../io/write-whole.js';

/**
 * Writers give up after LOCK_TIMEOUT_MS. A lock whose owner is gone must be
 * broken well before that, or a crash makes the next save fail: a lock whose
 * process is dead on this host is broken at once; any other lock counts as
 * left behind once it has not been touched for STALE_LOCK_MS (a holder
 * touches it as it writes, so a long save is never taken for a crash).
 */
export const STALE_LOCK_MS = 8_000;
export const LOCK_TIMEOUT_MS = 15_000;
const REUSED_PID_MS = 60_000;
const HEARTBEAT_MS = 1_000;

/** Who holds a lock: written into it, so a waiter can tell a crashed holder from a busy one. */
interface Owner {
  pid: number;
  host: string;
  time: string;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/** Thrown when the lock stays taken; the store says it in its own words. */
export class LockTimeout extends Error {
  constructor(readonly lock: string) {
    super(`${lock} is held by another career`);
    this.name = 'LockTimeout';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lock: string): Owner | undefined {
  try {
    const value: unknown = JSON.parse(readBounded(lock, 4096).toString('utf8'));
    const owner = value as Owner;
    if (Number.isInteger(owner?.pid) && typeof owner.host === 'string') return owner;
  } catch {
    // Empty, damaged, or not a file: judged by its age alone.
  }
  return undefined;
}

/**
 * Whether the lock file seen as `seen` was left by a process that will
 * never remove it. On this host the owner's life decides: a holder slowed
 * down past STALE_LOCK_MS (a loaded machine) is still writing, and one
 * breaking its lock would write beside it, one save lost; only a lock
 * untouched for REUSED_PID_MS, whose pid a new process must have taken, is
 * broken while its pid lives. Elsewhere the age decides.
 */
export function isStale(lock: string, seen: { mtimeMs: number }): boolean {
  const owner = readOwner(lock);
  if (owner && owner.host === hostname() && owner.pid !== process.pid) {
    if (!isAlive(owner.pid)) return true;
    // Alive, so busy or slowed down; untouched this long, its pid is another process's now.
    return Date.now() - seen.mtimeMs > REUSED_PID_MS;
  }
  return Date.now() - seen.mtimeMs > STALE_LOCK_MS;
}

/**
 * Creates the lock with its owner already written: the owner goes into a
 * draft file of its own, which is hard-linked to the lock's name, an atomic
 * step that fails if the lock exists. So no waiter ever sees an empty lock.
 * Where hard links are not allowed, the lock is created exclusively and
 * the owner written after.
 */
function tryCreate(lock: string, draft: string, owner: string): boolean {
  try {
    linkSync(draft, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV')
      throw error;
  }
  try {
    const fd = openSync(lock, 'wx', 0o600);
    try {
      writeSync(fd, owner);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Sets a file's times to now; true, so it can stand in a condition (a failure is harmless). */
function touch(file: string): true {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // The lock may look older than it is to another host: at worst it is broken late.
  }
  return true;
}

/** Removes the lock if it is still ours: one broken as stale and taken since is another's. */
function release(lock: string, owner: string): void {
  try {
    if (readBounded(lock, 4096).toString('utf8') === owner) unlinkSync(lock);
  } catch {
    // Gone already.
  }
}

/** A breaker's folder older than this was left by a process killed as it broke a lock. */
const BREAKER_STALE_MS = 2_000;

/**
 * Removes the lock if it is still the very file judged stale (not one taken
 * since). One waiter breaks at a time, holding `LOCK.breaking` (a folder,
 * made atomically): looking at the lock and removing it are two steps, and
 * with two breakers one could remove the lock the other's removal let a
 * third waiter take, two writers then saving at once, one save lost. While
 * a breaker works, the stale lock can go only by its hand (its owner is
 * dead), so the two steps are as one.
 */
function breakLock(lock: string, judged: { ino: number; mtimeMs: number }): void {
  const breaker = `${lock}.breaking`;
  try {
    mkdirSync(breaker);
  } catch {
    try {
      if (Date.now() - statSync(breaker).mtimeMs > BREAKER_STALE_MS) rmdirSync(breaker);
    } catch {
      // Gone already: the next try may break.
    }
    return;
  }
  try {
    const now = statSync(lock);
    if (now.ino === judged.ino && now.mtimeMs === judged.mtimeMs) unlinkSync(lock);
  } catch {
    // Gone already.
  } finally {
    try {
      rmdirSync(breaker);
    } catch {
      // Removed as stale by another: harmless, it was ours only for a moment.
    }
  }
}

/**
 * Removes what crashed writers left: copies of `file` being written (only
 * ever made by the lock's holder, which we now are, so any found is an
 * orphan) and lock drafts of processes that are dead on this host.
 */
function removeLeftovers(file: string): void {
  const folder = dirname(file);
  const name = basename(file);
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    const temporary = /^(.*)\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry);
    if (!temporary) continue;
    const orphan =
      temporary[1] === name ||
      (temporary[1] === `${name}.lock` &&
        Number(temporary[2]) !== process.pid &&
        !isAlive(Number(temporary[2])));
    if (!orphan) continue;
    try {
      unlinkSync(join(folder, entry));
    } catch {
      // Removed by someone else.
    }
  }
}

/**
 * Holds `FILE.lock` while `work` runs, so of several processes exactly one
 * writes at a time; the others wait their turn. `work` is handed a
 * heartbeat to call as it goes, which keeps a long write from looking
 * abandoned. The lock is removed however `work` ends.
 */
export function withLock<T>(file: string, work: (heartbeat: () => void) => T): T {
  const lock = `${file}.lock`;
  const owner = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    time: new Date().toISOString(),
  } satisfies Owner);
  const start = Date.now();
  const draft = temporaryName(lock);
  writeFileSync(draft, owner, { flag: 'wx', mode: 0o600 });
  try {
    // The lock takes the draft's times: renewed at each try, a lock taken after a long wait is fresh.
    while (!(touch(draft) && tryCreate(lock, draft, owner))) {
      let seen: Stats | undefined;
      try {
        seen = statSync(lock);
      } catch {
        // Gone already: the holder finished. Try again.
      }
      if (seen && isStale(lock, seen)) breakLock(lock, seen);
      else if (Date.now() - start > LOCK_TIMEOUT_MS) throw new LockTimeout(lock);
      else sleep(5 + Math.random() * 20);
    }
  } finally {
    try {
      unlinkSync(draft);
    } catch {
      // Not there.
    }
  }
  let touched = Date.now();
  const heartbeat = () => {
    if (Date.now() - touched < HEARTBEAT_MS) return;
    touched = Date.now();
    try {
      utimesSync(lock, new Date(), new Date());
    } catch {
      // The write goes on; at worst a waiter breaks the lock late in a very long save.
    }
  };
  try {
    removeLeftovers(file);
    return work(heartbeat);
  } finally {
    release(lock, owner);
  }
}
