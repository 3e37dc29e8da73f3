import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

/** Replaces a cache file's payload, with a header whose checksum matches it: what a forger would write. */
function forge(file: string, payload: string) {
  const text = readFileSync(file, 'utf8');
  const header = JSON.parse(text.slice(0, text.indexOf('\n')));
  header.payload = sha256(payload);
  writeFileSync(file, `${JSON.stringify(header)}\n${payload}`);
}

describe('what is read from the cache is checked for shape, not only for its checksum', () => {
  const { data, cache } = (() => {
    const data = writeTree({ 'growth.yaml': ROLE('Run growth experiments') });
    return { data, cache: tempDir('career-cache-') };
  })();
  const env = { CAREER_CACHE_HOME: cache };

  const good = async () => {
    const first = await career(['--data', data, 'show', 'growth-marketer', '--json'], { env });
    expect(first.code).toBe(0);
    return only(cache, /^knowledge-base-.*\.json$/);
  };

  const payloadWith = (change: (kb: Record<string, unknown>) => unknown) => {
    const file = only(cache, /^knowledge-base-.*\.json$/);
    const text = readFileSync(file, 'utf8');
    const kb = JSON.parse(text.slice(text.indexOf('\n') + 1));
    return JSON.stringify(change(kb));
  };

  const forgeries: [string, (kb: Record<string, unknown>) => unknown][] = [
    ['null', () => null],
    // What a program from before the skills taxonomy wrote: its cache key does not say so.
    [
      'a knowledge base of an older version, without skills',
      ({ skills: _skills, roleSkills: _roleSkills, ...older }) => older,
    ],
    ['an array', () => []],
    ['roles that are not a list', (kb) => ({ ...kb, roles: 3 })],
    [
      'a role with no responsibilities',
      (kb) => ({
        ...kb,
        roles: (kb.roles as object[]).map((r) => ({ ...r, responsibilities: [] })),
      }),
    ],
    [
      'aliases that are text',
      (kb) => ({ ...kb, roles: (kb.roles as object[]).map((r) => ({ ...r, aliases: 'SEO' })) }),
    ],
    ['a role that is null', (kb) => ({ ...kb, roles: [null, ...(kb.roles as object[])] })],
    ['tracks missing', (kb) => ({ ...kb, tracks: undefined })],
    [
      'readiness questions that are not a list',
      (kb) => ({ ...kb, readiness: { ...(kb.readiness as object), questions: 'x' } }),
    ],
    [
      'edges that are not a list',
      (kb) => ({ ...kb, roles: (kb.roles as object[]).map((r) => ({ ...r, advancesTo: 'x' })) }),
    ],
  ];

  for (const [name, change] of forgeries) {
    it(`discards and rewrites an entry holding ${name} under a valid checksum`, async () => {
      const file = await good();
      const original = readFileSync(file, 'utf8');
      forge(file, payloadWith(change));
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
      expect(readFileSync(file, 'utf8')).toBe(original);
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
