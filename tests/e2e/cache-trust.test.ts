import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeEntry,
  encodeEntry,
  identityOf,
  type Layout,
  sumOf,
} from '../../src/knowledge-base/cache-layout.js';
import type { KnowledgeBase } from '../../src/knowledge-base/model.js';
import { career, tempDir } from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';

const ROLE = (responsibility: string) => `roles:
  - id: growth-marketer
    title: Growth marketer
    track: digital-marketing
    level: associate
    summary: Runs growth experiments.
    responsibilities: [${responsibility}]
    advancesTo: [digital-marketing-manager]
`;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const only = (cache: string, pattern: RegExp) =>
  join(cache, readdirSync(cache).find((name) => pattern.test(name)) as string);

/**
 * An entry's body for any value, its checksums over `key`: laid out as the
 * program lays out a knowledge base where it has one's outline (roles, each
 * a record, and role skills), and otherwise as a skeleton with no roles'
 * lines, what a program laying it out would write.
 */
function payloadOf(value: unknown, key: string): { body: Buffer; layout: Layout; sums: string[] } {
  const kb = value as KnowledgeBase | null;
  if (
    kb &&
    Array.isArray(kb.roles) &&
    kb.roles.every((role) => role && typeof role === 'object') &&
    kb.roleSkills
  )
    return encodeEntry(kb, key);
  const skeleton = Buffer.from(`${JSON.stringify(value)}\n`);
  const skills = Buffer.from(
    `${JSON.stringify((value as KnowledgeBase | null)?.roleSkills ?? null)}\n`,
  );
  const body = Buffer.concat([skeleton, skills]);
  return {
    body,
    layout: { skills: skeleton.length, lines: [body.length], end: body.length },
    sums: [sumOf(key, skeleton), sumOf(key, skills)],
  };
}

/**
 * Replaces a cache file's payload under a header that vouches for it: with
 * checksums not bound to this build (what a program that is not this build
 * would write, or a forger who does not know the key is part of them), or
 * with this build's own, over the entry's key and each part.
 */
function forge(file: string, value: unknown, keyed: boolean) {
  const text = readFileSync(file, 'utf8');
  const header = JSON.parse(text.slice(0, text.indexOf('\n')));
  const key = keyed ? header.key : 'a key of its own';
  const { body, layout, sums } = payloadOf(value, key);
  Object.assign(header, { layout, sums, payload: identityOf(key, sums) });
  writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
}

describe('what is read from the cache is checked: a checksum bound to this build, then the shape', () => {
  const data = writeTree({ 'growth.yaml': ROLE('Run growth experiments') });

  /** A cache of its own, filled by one run: each test starts from a good entry. */
  const good = async () => {
    const env = { CAREER_CACHE_HOME: tempDir('career-cache-') };
    const first = await career(['--data', data, 'show', 'growth-marketer', '--json'], { env });
    expect(first.code).toBe(0);
    return { env, file: only(env.CAREER_CACHE_HOME, /^knowledge-base-.*\.json$/) };
  };

  /** The entry's knowledge base, read whole as plain data, changed. */
  const payloadWith = (file: string, change: (kb: Record<string, unknown>) => unknown) => {
    const bytes = readFileSync(file);
    const split = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.subarray(0, split).toString());
    const body = bytes.subarray(split + 1);
    const kb = decodeEntry(
      (start, end) => body.subarray(start, end),
      header.layout,
      header.sums,
      header.key,
      { file, damaged: () => {} },
    );
    return change(JSON.parse(JSON.stringify(kb)));
  };

  const roles = (kb: Record<string, unknown>, change: (role: object) => unknown) => ({
    ...kb,
    roles: (kb.roles as object[]).map(change),
  });
  // [what the entry holds, how it is made from a good one, whether its checksum is this build's]
  const forgeries: [string, (kb: Record<string, unknown>) => unknown, boolean][] = [
    ['null', () => null, true],
    ['an array', () => [], true],
    ['roles that are not a list', (kb) => ({ ...kb, roles: 3 }), true],
    ['tracks missing', (kb) => ({ ...kb, tracks: undefined }), true],
    ['no role skills', ({ roleSkills: _roleSkills, ...rest }) => rest, true],
    ['readiness that is a list', (kb) => ({ ...kb, readiness: [] }), true],
    // What a program from before the skills taxonomy wrote: another build, so another checksum.
    [
      'a knowledge base of an older version, without skills',
      ({ skills: _skills, roleSkills: _roleSkills, ...older }) => older,
      false,
    ],
    [
      'a role with no responsibilities',
      (kb) => roles(kb, (r) => ({ ...r, responsibilities: [] })),
      false,
    ],
    ['aliases that are text', (kb) => roles(kb, (r) => ({ ...r, aliases: 'SEO' })), false],
    ['a role that is null', (kb) => ({ ...kb, roles: [null, ...(kb.roles as object[])] }), false],
    [
      'readiness questions that are not a list',
      (kb) => ({ ...kb, readiness: { ...(kb.readiness as object), questions: 'x' } }),
      false,
    ],
    ['edges that are not a list', (kb) => roles(kb, (r) => ({ ...r, advancesTo: 'x' })), false],
  ];

  for (const [name, change, keyed] of forgeries) {
    it(`discards and rewrites an entry holding ${name} under ${keyed ? "this build's checksum" : 'a checksum of its own'}`, async () => {
      const { env, file } = await good();
      const original = readFileSync(file, 'utf8');
      forge(file, payloadWith(file, change), keyed);
      for (const args of [
        ['show', 'growth-marketer', '--json'],
        ['list'],
        ['path', 'growth-marketer', '--format', 'json'],
        ['quiz', '--template', '--to', 'growth-marketer'],
      ]) {
        const run = await career(['--data', data, ...args], { env });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('growth-marketer');
      }
      // Rewritten as it was, but for the time it was written at.
      const when = /"writtenAt":\d+/;
      expect(readFileSync(file, 'utf8').replace(when, '')).toBe(original.replace(when, ''));
    });
  }
});

describe('a search index read from the cache', () => {
  /** A knowledge base searched once, so that its index is saved beside its cache entry. */
  async function searched(responsibility: string, cache: string) {
    const data = writeTree({ 'growth.yaml': ROLE(responsibility) });
    const run = await career(['--data', data, 'search', 'growth'], {
      env: { CAREER_CACHE_HOME: cache },
    });
    expect(run.code).toBe(0);
    const kb = readFileSync(
      join(
        cache,
        readdirSync(cache).find((n) => n.endsWith('.json') && !n.includes('search')) as string,
      ),
      'utf8',
    );
    return { data, kb };
  }

  /** The index file of a knowledge base folder, and the payload checksum it is bound to. */
  function indexOf(cache: string) {
    const file = only(cache, /\.search-index\./);
    const bytes = readFileSync(file);
    const split = bytes.indexOf(0x0a);
    return {
      file,
      header: JSON.parse(bytes.subarray(0, split).toString()),
      body: bytes.subarray(split + 1),
    };
  }

  /** Puts another index's body in this one's place, under a header that vouches for it. */
  function forgeIndex(cache: string, body: Buffer) {
    const { file, header } = indexOf(cache);
    const head = JSON.stringify({ for: header.for, sha256: sha256(body) });
    writeFileSync(file, Buffer.concat([Buffer.from(`${head}\n`), body]));
  }

  it('is not believed when it indexes other roles: the answer is right and the index is rewritten', async () => {
    const mine = tempDir('career-cache-');
    const other = tempDir('career-cache-');
    const { data } = await searched('Run growth experiments', mine);
    const good = readFileSync(indexOf(mine).file);
    // The index of a knowledge base with another role in the place of this one.
    const foreign = writeTree({
      'growth.yaml': ROLE('Run growth experiments').replace('growth-marketer', 'bread-baker'),
    });
    await career(['--data', foreign, 'search', 'growth'], { env: { CAREER_CACHE_HOME: other } });
    forgeIndex(mine, indexOf(other).body);

    const run = await career(['--data', data, 'search', 'growth'], {
      env: { CAREER_CACHE_HOME: mine },
    });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^growth-marketer\t/);
    expect(run.stdout).not.toContain('bread-baker');
    expect(readFileSync(indexOf(mine).file)).toEqual(good);
  });

  it('is not believed when a role it finds does not hold the words: nothing matches, and the index is rewritten', async () => {
    const mine = tempDir('career-cache-');
    const other = tempDir('career-cache-');
    const { data } = await searched('Run growth experiments', mine);
    const good = readFileSync(indexOf(mine).file);
    // Same roles, other words: an index that says growth-marketer bakes bread.
    await searched('Bake sourdough bread', other);
    forgeIndex(mine, indexOf(other).body);

    const run = await career(['--data', data, 'search', 'sourdough'], {
      env: { CAREER_CACHE_HOME: mine },
    });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing matches "sourdough"');
    expect(readFileSync(indexOf(mine).file)).toEqual(good);
  });
});
