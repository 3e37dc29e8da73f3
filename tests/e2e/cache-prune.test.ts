import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, tempDir } from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';

const role = (id: string) => `roles:
  - id: ${id}
    title: ${id} marketer
    track: digital-marketing
    level: associate
    summary: Runs growth experiments.
    responsibilities: [Run growth experiments and report what they teach]
    advancesTo: [digital-marketing-manager]
`;

/** The cache entries (a knowledge base and what is kept beside it), by the hex in their names. */
const entries = (cache: string) =>
  [...new Set(readdirSync(cache).map((name) => /^knowledge-base-([0-9a-f]+)\./.exec(name)?.[1]))]
    .filter((entry) => entry !== undefined)
    .sort();

const DAY = 24 * 60 * 60;

describe('the cache stays bounded', () => {
  it('keeps the 8 entries used last, removes those of other builds, and nothing else', async () => {
    const cache = tempDir('career-cache-');
    const env = { CAREER_CACHE_HOME: cache };
    // Files of another build (or of the naming before build tags), and one that is not the cache's.
    writeFileSync(join(cache, 'knowledge-base-0123456789abcdef01234567.json'), '{}');
    writeFileSync(join(cache, 'knowledge-base-0123456789abcdef01234567.search-index'), '');
    writeFileSync(join(cache, 'knowledge-base-ffffffff0123456789abcdef01234567.json'), '{}');
    writeFileSync(join(cache, 'not-ours.txt'), 'keep me');
    const firsts: string[] = [];
    for (let i = 0; i < 10; i++) {
      const data = writeTree({ 'growth.yaml': role(`growth-${i}`) });
      const before = new Set(entries(cache));
      const result = await career(['--data', data, 'search', 'growth', '--json'], { env });
      expect([result.code, result.stderr]).toEqual([0, '']);
      const added = entries(cache).filter((entry) => !before.has(entry));
      expect(added).toHaveLength(1);
      firsts.push(added[0] as string);
      // Each used a minute before the next, the last one now.
      for (const name of readdirSync(cache))
        if (name.startsWith(`knowledge-base-${added[0]}`))
          utimesSync(
            join(cache, name),
            Date.now() / 1000 - (10 - i) * 60,
            Date.now() / 1000 - (10 - i) * 60,
          );
    }
    expect(entries(cache)).toEqual(firsts.slice(2).sort());
    expect(readdirSync(cache)).toContain('not-ours.txt');
  });

  it('removes an entry unused for 30 days when another is written, and keeps one in use', async () => {
    const cache = tempDir('career-cache-');
    const env = { CAREER_CACHE_HOME: cache };
    /** Runs `list` on a knowledge base and gives the entries that were added. */
    const use = async (data: string) => {
      const before = new Set(entries(cache));
      expect((await career(['--data', data, 'list'], { env })).code).toBe(0);
      return entries(cache).filter((entry) => !before.has(entry));
    };
    const [old] = await use(writeTree({ 'growth.yaml': role('growth-old') }));
    const kept = writeTree({ 'growth.yaml': role('growth-kept') });
    const [keptEntry] = await use(kept);
    // Both last used 40 days ago; then the second is used again (a cache hit, nothing added).
    const then = Date.now() / 1000 - 40 * DAY;
    for (const name of readdirSync(cache)) utimesSync(join(cache, name), then, then);
    expect(await use(kept)).toEqual([]);
    // A new knowledge base is cached: the entry unused for 40 days goes, the one used today stays.
    const [fresh] = await use(writeTree({ 'growth.yaml': role('growth-new') }));
    expect(entries(cache)).toEqual([keptEntry, fresh].sort());
    expect(entries(cache)).not.toContain(old);
  });
});
