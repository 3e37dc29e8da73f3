import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/cli.js';
import { writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

const ROLE = (title: string) => `roles:
  - id: growth-marketer
    title: ${title}
    track: digital-marketing
    level: associate
    summary: Runs growth experiments.
    responsibilities: [Run growth experiments]
    advancesTo: [digital-marketing-manager]
`;

/** A knowledge-base folder and a cache folder of its own. */
function setUp(title = 'Growth marketer') {
  const data = writeTree({ 'growth.yaml': ROLE(title) });
  const cache = tempDir('career-cache-');
  return { data, cache, env: { CAREER_CACHE_HOME: cache } };
}

const cacheFiles = (cache: string) => readdirSync(cache).filter((name) => name.endsWith('.json'));
const titleOf = async (data: string, env: Record<string, string>) =>
  JSON.parse((await runMain(['--data', data, 'show', 'growth-marketer', '--json'], { env })).stdout)
    .title;

describe('the knowledge-base cache', () => {
  it('is filled by the first validated load and used after it', async () => {
    const { data, cache, env } = setUp();
    expect(await titleOf(data, env)).toBe('Growth marketer');
    expect(cacheFiles(cache)).toHaveLength(1);
    const cached = readFileSync(join(cache, cacheFiles(cache)[0] as string), 'utf8');
    expect(cached.split('\n')[1]).toContain('"title":"Growth marketer"');
    expect(await titleOf(data, env)).toBe('Growth marketer');
  });

  it('sees an edited source on the next run, even at the same size and time', async () => {
    const { data, env } = setUp('Growth marketer');
    expect(await titleOf(data, env)).toBe('Growth marketer');
    const file = join(data, 'growth.yaml');
    const before = readFileSync(file);
    const edited = ROLE('Growth marketeR');
    expect(edited.length).toBe(before.length);
    writeFileSync(file, edited);
    // Same size, an older modification time: the change time and the content hash tell.
    const stat = new Date(Date.now() - 60_000);
    utimesSync(file, stat, stat);
    expect(await titleOf(data, env)).toBe('Growth marketeR');
  });

  it('sees a file added to a source folder', async () => {
    const { data, env } = setUp();
    await runMain(['--data', data, 'list'], { env });
    writeFileSync(
      join(data, 'more.yaml'),
      ROLE('Second').replace('growth-marketer', 'second-marketer'),
    );
    const { stdout } = await runMain(['--data', data, 'list', '--json'], { env });
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toContain('second-marketer');
  });

  it('never caches a broken knowledge base: errors are reported on every run', async () => {
    const { data, cache, env } = setUp();
    writeFileSync(
      join(data, 'growth.yaml'),
      ROLE('x').replace('digital-marketing-manager', 'nowhere'),
    );
    for (const _ of [1, 2]) {
      const { code, stderr } = await runMain(['--data', data, 'list'], { env });
      expect(code).toBe(3);
      expect(stderr).toContain('unknown role "nowhere"');
    }
    expect(cacheFiles(cache)).toEqual([]);
  });

  it('ignores and rebuilds a corrupt, truncated or foreign cache file', async () => {
    const { data, cache, env } = setUp();
    await titleOf(data, env);
    const file = join(cache, cacheFiles(cache)[0] as string);
    const good = readFileSync(file, 'utf8');
    const damages = [
      good.slice(0, good.length / 2),
      good.replace('Growth marketer', 'Tampered title'),
      'not a cache at all',
      `${JSON.stringify({ format: 3 })}\n{}`,
      '',
    ];
    for (const damaged of damages) {
      writeFileSync(file, damaged);
      expect(await titleOf(data, env)).toBe('Growth marketer');
      // Rewritten as it was, but for the time it was written at.
      const when = /"writtenAt":\d+/;
      expect(readFileSync(file, 'utf8').replace(when, '')).toBe(good.replace(when, ''));
    }
  });

  it('keeps the search index beside the cache and uses it', async () => {
    const { data, cache, env } = setUp();
    const first = await runMain(['--data', data, 'search', 'growth', 'experiments'], { env });
    expect(first.stdout.split('\n')[0]).toMatch(/^growth-marketer\t/);
    expect(readdirSync(cache).some((name) => /\.search-index\.minisearch-\d/.test(name))).toBe(
      true,
    );
    const second = await runMain(['--data', data, 'search', 'growth', 'experiments'], { env });
    expect(second.stdout).toBe(first.stdout);
  });

  it('still works when the cache folder cannot be written', async () => {
    const { data } = setUp();
    const blocked = join(tempDir(), 'a-file');
    writeFileSync(blocked, 'in the way');
    expect(await titleOf(data, { CAREER_CACHE_HOME: join(blocked, 'cache') })).toBe(
      'Growth marketer',
    );
  });
});

describe('the cache trusts a source by its status, and hashes it only in doubt', () => {
  it('believes an entry whose sources are unchanged without reading them, and rereads one a write touched', async () => {
    const { data, cache, env } = setUp();
    expect(await titleOf(data, env)).toBe('Growth marketer');
    const file = join(cache, cacheFiles(cache)[0] as string);
    // Written long ago, as an entry is on a warm run: its sources are past any clock's doubt.
    const text = readFileSync(file, 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n')));
    header.writtenAt += 60_000;
    // A recorded content hash that no file has: status alone must vouch for the source.
    header.sources[0].sha256 = '0'.repeat(64);
    writeFileSync(file, `${JSON.stringify(header)}\n${text.slice(text.indexOf('\n') + 1)}`);
    expect(await titleOf(data, env)).toBe('Growth marketer');
    expect(readFileSync(file, 'utf8')).toContain('0'.repeat(64));
    // Rewritten with the same bytes: the change time moves, the hash is consulted, and (a
    // wrong hash recorded) the entry is rebuilt.
    writeFileSync(join(data, 'growth.yaml'), readFileSync(join(data, 'growth.yaml')));
    expect(await titleOf(data, env)).toBe('Growth marketer');
    expect(readFileSync(file, 'utf8')).not.toContain('0'.repeat(64));
  });
});

describe('an entry written just after its sources changed', () => {
  it('hashes them while in doubt, then records their status once, so later runs only stat them', async () => {
    const { data, cache, env } = setUp();
    // Sources older than the coarsest clock's doubt (two seconds).
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await titleOf(data, env)).toBe('Growth marketer');
    const file = join(cache, cacheFiles(cache)[0] as string);
    const header = () => {
      const text = readFileSync(file, 'utf8');
      return JSON.parse(text.slice(0, text.indexOf('\n')));
    };
    type Header = { writtenAt: number; sources: [{ ctimeMs: number; sha256: string }] };
    const rewrite = (change: (h: Header) => void) => {
      const text = readFileSync(file, 'utf8');
      const h = JSON.parse(text.slice(0, text.indexOf('\n')));
      change(h);
      writeFileSync(file, `${JSON.stringify(h)}\n${text.slice(text.indexOf('\n') + 1)}`);
    };
    // As if the entry had been written a moment after its source (an import, then a first run).
    rewrite((h) => {
      h.writtenAt = h.sources[0].ctimeMs + 500;
    });
    const before = Date.now();
    expect(await titleOf(data, env)).toBe('Growth marketer');
    expect(header().writtenAt).toBeGreaterThanOrEqual(before);
    // From now on the status vouches: a wrong recorded hash is never consulted, so it stays.
    rewrite((h) => {
      h.sources[0].sha256 = '0'.repeat(64);
    });
    expect(await titleOf(data, env)).toBe('Growth marketer');
    expect(header().sources[0].sha256).toBe('0'.repeat(64));
  });
});
