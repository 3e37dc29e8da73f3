import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { makeFolder } from '../io/make-folder.js';
import { MiB, readBounded } from '../io/read-bounded.js';
import { decodeEntry, encodeEntry, identityOf, type Layout, type Sums } from './cache-layout.js';
import { digestOf, rememberDigest } from './digest.js';
import { expandPath, MAX_FILE_BYTES } from './files.js';
import type { KnowledgeBase } from './model.js';

/**
 * What a cached knowledge base was built from: each file's path, size,
 * times, inode and content hash. The status fields are checked on every
 * run (a stat each); the content is hashed only when they differ, or when
 * the file changed so close to the entry's writing that a coarse clock
 * could hide a later edit: hashing the sources of a big knowledge base
 * (O*NET: 4.5 MB) is most of a warm run otherwise. The change time cannot
 * be set back by any tool, and moves on every write.
 */
interface Fingerprint {
  path: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  sha256: string;
}

/** The status of a source file, without its content. */
type Status = Omit<Fingerprint, 'sha256'>;

/**
 * A file changed within this long of the entry being written is hashed on
 * every read: the coarsest clocks in use (FAT) count in two seconds.
 */
const RACY_MS = 2000;

/** The layout's version (cache-layout.ts): 7 keeps each role's skills and its responsibilities' word forms in its line too. */
const FORMAT = 7;

interface Header {
  format: typeof FORMAT;
  /** The program version and built-in knowledge base the entry belongs to, and the sources' paths. */
  key: string;
  sources: Fingerprint[];
  /** When the entry was written (ms since the epoch). */
  writtenAt: number;
  /** Where the parts of the payload start (cache-layout.ts). */
  layout: Layout;
  /** Each part's checksum, over the key and its bytes: checked when the part is read. */
  sums: Sums;
  /**
   * The entry's identity: the SHA-256 of the key and the parts' checksums,
   * which files worked out from it (a search index) are bound to. A part
   * that is not the one written (damaged, or replaced under a checksum not
   * bound to this build's key) is never believed.
   */
  payload: string;
  /** The digest of the knowledge base the entry holds (digest.ts): a warm quiz does not read every role for it. */
  digest?: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** This build of the program, set by the build from its version and sources ("dev" under tsx). */
declare const CAREER_BUILD: string | undefined;
const BUILD = typeof CAREER_BUILD === 'string' ? CAREER_BUILD : 'dev';

/**
 * The first part of every cache file's name: this build's tag. An entry of
 * another build is never read again (its key differs), so it is dead after
 * an upgrade, and pruned.
 */
const BUILD_TAG = sha256(BUILD).slice(0, 8);

/** How many entries (knowledge bases with their search indexes) of this build are kept. */
export const KEEP_ENTRIES = 8;
/** An entry not used for this long is pruned. */
export const KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Every cache file: `knowledge-base-` then hex (build tag, key), then `.json` or `.<derived>`; `career cache clear` removes the same. */
const CACHE_FILE = /^knowledge-base-([0-9a-f]+)\./;

/**
 * Keeps the cache bounded, run when an entry is written: the files of
 * entries of other builds (and of the earlier naming, without a build
 * tag), of this build's entries beyond the newest KEEP_ENTRIES by last use,
 * or unused for KEEP_DAYS, and a temporary file a killed run left over an
 * hour ago, are removed. Nothing but the cache's own files is touched (the
 * folder may be shared), and a file that cannot be removed stays: pruning
 * is housekeeping, never an error.
 */
function prune(directory: string, keep: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  const dead = new Set<string>();
  const used: { entry: string; at: number }[] = [];
  for (const name of names) {
    const entry = CACHE_FILE.exec(name)?.[1];
    if (entry === undefined) continue;
    if (name.endsWith('.tmp')) {
      try {
        if (now - statSync(join(directory, name)).mtimeMs > 60 * 60 * 1000) dead.add(name);
      } catch {
        // Gone already.
      }
      continue;
    }
    if (entry.length !== 32 || !entry.startsWith(BUILD_TAG)) dead.add(entry);
    else if (name.endsWith('.json') && entry !== keep) {
      try {
        used.push({ entry, at: statSync(join(directory, name)).mtimeMs });
      } catch {
        // Gone already.
      }
    }
  }
  used.sort((a, b) => b.at - a.at);
  for (const [index, { entry, at }] of used.entries())
    if (index >= KEEP_ENTRIES - 1 || now - at > KEEP_DAYS * DAY_MS) dead.add(entry);
  for (const name of names) {
    const entry = CACHE_FILE.exec(name)?.[1];
    if (entry === undefined) continue;
    // A temporary file goes by its own age only: it may be a running write of a live entry.
    const gone = name.endsWith('.tmp') ? dead.has(name) : dead.has(entry);
    if (gone)
      try {
        unlinkSync(join(directory, name));
      } catch {
        // Another run removed it, or the folder is read-only: it stays, harmlessly.
      }
  }
}

/** Marks an entry used now, at most once a day: its modification time is its last use, for prune(). */
function touch(file: string, now: number): void {
  try {
    if (now - statSync(file).mtimeMs > DAY_MS) utimesSync(file, now / 1000, now / 1000);
  } catch {
    // A read-only cache: the entry may be pruned sooner, and rebuilt.
  }
}

function statuses(paths: readonly string[]): Status[] {
  return paths.flatMap((path) =>
    expandPath(resolve(path)).map((file) => {
      const stat = statSync(file);
      // Only what the loader would read: a pipe would block, a huge file is refused there.
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES)
        throw new Error(`${file}: left to the loader to report`);
      return {
        path: file,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
        ctimeMs: stat.ctimeMs,
        ino: stat.ino,
      };
    }),
  );
}

const contentOf = (status: Status): Fingerprint => ({
  ...status,
  sha256: sha256(readFileSync(status.path)),
});

/**
 * Whether the sources are those an entry was built from: by status, or by
 * content where that is in doubt. 'content' says some had to be hashed.
 */
function sameSources(header: Header, now: readonly Status[]): 'status' | 'content' | false {
  if (!Array.isArray(header.sources) || header.sources.length !== now.length) return false;
  let hashed = false;
  const same = now.every((status, index) => {
    const then = header.sources[index] as Fingerprint;
    if (then.path !== status.path || then.size !== status.size) return false;
    const unchanged =
      then.mtimeMs === status.mtimeMs && then.ctimeMs === status.ctimeMs && then.ino === status.ino;
    if (unchanged && status.ctimeMs < header.writtenAt - RACY_MS) return true;
    hashed = true;
    try {
      return contentOf(status).sha256 === then.sha256;
    } catch {
      return false;
    }
  });
  return same && (hashed ? 'content' : 'status');
}

/** The largest cache file read back: far above a 50,000-role knowledge base, far below a hang. */
const CACHE_LIMIT = 1024 * MiB;

/** Closes an entry's file when its knowledge base is no longer used (a run in a test, say). */
const openEntries = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Closed already.
  }
});

/**
 * The header line of an open entry, and where its body starts: read a
 * chunk at a time up to the first newline (a header holds a checksum a
 * role, so 25 KB for O*NET).
 */
function readHeader(fd: number, size: number): { header: Header; body: number } | undefined {
  const chunks: Buffer[] = [];
  let at = 0;
  while (at < size) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, size - at));
    const got = readSync(fd, chunk, 0, chunk.length, at);
    if (got === 0) return undefined;
    const newline = chunk.subarray(0, got).indexOf(0x0a);
    chunks.push(chunk.subarray(0, newline < 0 ? got : newline));
    if (newline >= 0)
      return {
        header: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Header,
        body: at + newline + 1,
      };
    at += got;
  }
  return undefined;
}

/**
 * Rewrites an entry's header with its sources' status now and the time
 * now, the body as it is: the content of each was just found unchanged.
 */
function refresh(
  file: string,
  fd: number,
  body: number,
  size: number,
  header: Header,
  sources: readonly Status[],
): void {
  const now = Date.now();
  if (sources.some((status) => status.ctimeMs >= now - RACY_MS)) return; // still in doubt
  const bytes = Buffer.allocUnsafe(size - body);
  if (readSync(fd, bytes, 0, bytes.length, body) !== bytes.length) return;
  const fresh: Header = {
    ...header,
    sources: sources.map((status, index) => ({
      ...status,
      sha256: (header.sources[index] as Fingerprint).sha256,
    })),
    writtenAt: now,
  };
  write(file, dirname(file), Buffer.concat([Buffer.from(`${JSON.stringify(fresh)}\n`), bytes]));
}

function read(
  file: string,
  key: string,
  sources: readonly Status[],
): { knowledgeBase: KnowledgeBase; payload: string } | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  let kept = false;
  try {
    // A regular file of bounded size only: a pipe or /dev/zero planted as a cache file never hangs a run.
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > CACHE_LIMIT) return undefined;
    const found = readHeader(fd, stat.size);
    if (!found) return undefined;
    const { header, body } = found;
    if (
      header.format !== FORMAT ||
      header.key !== key ||
      typeof header.writtenAt !== 'number' ||
      !Array.isArray(header.sums) ||
      header.payload !== identityOf(key, header.sums) ||
      header.layout?.end !== stat.size - body
    )
      return undefined;
    const same = sameSources(header, sources);
    if (!same) return undefined;
    // Parts are read from this descriptor as they are needed: a run that replaces the file
    // meanwhile (a rename) leaves this one reading the entry it checked.
    const reader = (start: number, end: number) => {
      const bytes = Buffer.allocUnsafe(Math.max(0, end - start));
      let done = 0;
      while (done < bytes.length) {
        const got = readSync(fd, bytes, done, bytes.length - done, body + start + done);
        if (got === 0) break;
        done += got;
      }
      return bytes.subarray(0, done);
    };
    // A checksum proves the bytes are those written, not that a program wrote them: check the shape too.
    const knowledgeBase = decodeEntry(reader, header.layout, header.sums, key, {
      file,
      damaged: () => {
        try {
          unlinkSync(file);
        } catch {
          // Gone already: the next run writes it anew.
        }
      },
    });
    if (!knowledgeBase) return undefined;
    // Sources whose content had to vouch for them (written just before the entry: an import,
    // then a first run) are recorded as they are now, once, so later runs need only a stat.
    if (same === 'content') refresh(file, fd, body, stat.size, header, sources);
    openEntries.register(knowledgeBase, fd);
    if (typeof header.digest === 'string') rememberDigest(knowledgeBase, header.digest);
    kept = true;
    return { knowledgeBase, payload: header.payload };
  } catch {
    return undefined;
  } finally {
    if (!kept) closeSync(fd);
  }
}

/** Writes a cache file whole or not at all. */
function write(file: string, directory: string, text: string | Buffer): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    makeFolder(directory);
    writeFileSync(temporary, text);
    // A rename is atomic: of two runs filling the cache at once, both succeed and one wins.
    renameSync(temporary, file);
  } catch {
    // The cache is only a shortcut: a read-only or full cache folder costs time, never a result.
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
  }
}

/**
 * Things worked out from one cached knowledge base (a search index), kept
 * beside it and trusted only for the exact knowledge base they came from.
 */
export interface DerivedStore {
  read(name: string): Buffer | undefined;
  write(name: string, bytes: Buffer): void;
}

function derivedStore(base: string, directory: string, payload: string): DerivedStore {
  const fileOf = (name: string) => `${base}.${name}`;
  return {
    read(name) {
      try {
        const bytes = readBounded(fileOf(name), CACHE_LIMIT);
        const split = bytes.indexOf(0x0a);
        const header = JSON.parse(bytes.toString('utf8', 0, split)) as {
          for: string;
          sha256: string;
        };
        const body = bytes.subarray(split + 1);
        return header.for === payload && sha256(body) === header.sha256 ? body : undefined;
      } catch {
        return undefined;
      }
    },
    write(name, body) {
      const head = Buffer.from(`${JSON.stringify({ for: payload, sha256: sha256(body) })}\n`);
      write(fileOf(name), directory, Buffer.concat([head, body]));
    },
  };
}

export interface CacheOptions {
  /** Where cache files go. */
  directory: string;
  /** What else the result depends on: the program version, the built-in knowledge base, --no-builtin. */
  salt: string;
}

/**
 * Loads the knowledge base of these sources from the cache when every
 * source file is as it was (same path, size, modification time and
 * content), and otherwise with `load`, which validates; a valid result is
 * then cached. A stale, foreign or damaged cache file is ignored and
 * replaced. Only a successful load is ever cached, so errors are always
 * reported afresh.
 */
export async function loadCached(
  paths: readonly string[],
  options: CacheOptions,
  load: () => Promise<KnowledgeBase>,
): Promise<{ knowledgeBase: KnowledgeBase; derived?: DerivedStore }> {
  let sources: Status[];
  try {
    sources = statuses(paths);
  } catch {
    // A source that cannot be read: the loader says what is wrong with it.
    return { knowledgeBase: await load() };
  }
  const key = sha256(`${BUILD}\0${options.salt}\0${paths.map((p) => resolve(p)).join('\0')}`);
  const entry = `${BUILD_TAG}${key.slice(0, 24)}`;
  const base = join(options.directory, `knowledge-base-${entry}`);
  const file = `${base}.json`;
  const cached = read(file, key, sources);
  const now = Date.now();
  if (cached) touch(file, now);
  if (cached)
    return {
      knowledgeBase: cached.knowledgeBase,
      derived: derivedStore(base, options.directory, cached.payload),
    };
  // Hashed before loading: a source edited meanwhile then fails the check next time, and is reloaded.
  let fingerprints: Fingerprint[];
  try {
    fingerprints = sources.map(contentOf);
  } catch {
    return { knowledgeBase: await load() };
  }
  const knowledgeBase = await load();
  const { body, layout, sums } = encodeEntry(knowledgeBase, key);
  const header: Header = {
    format: FORMAT,
    key,
    sources: fingerprints,
    writtenAt: now,
    layout,
    sums,
    payload: identityOf(key, sums),
    digest: digestOf(knowledgeBase),
  };
  write(file, options.directory, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
  prune(options.directory, entry, now);
  return { knowledgeBase, derived: derivedStore(base, options.directory, header.payload) };
}
