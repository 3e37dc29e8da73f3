import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, tempDir } from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';

const ROLE = `roles:
  - id: growth-marketer
    title: Growth marketer
    track: digital-marketing
    level: associate
    summary: Runs growth experiments.
    responsibilities: [Run growth experiments and report what they teach]
    advancesTo: [digital-marketing-manager]
`;

describe('the cache reads only what it can read whole', () => {
  it('goes on, as without a cache, when its files are a pipe or /dev/zero', async () => {
    const data = writeTree({ 'growth.yaml': ROLE });
    const cache = tempDir('career-cache-');
    const env = { CAREER_CACHE_HOME: cache };
    // Fill the cache and the search index beside it.
    expect((await career(['--data', data, 'search', 'growth', '--json'], { env })).code).toBe(0);
    const files = readdirSync(cache).filter((name) => !name.endsWith('.tmp'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    // Every cache file replaced by something a plain read would never finish.
    for (const [index, name] of files.entries()) {
      rmSync(join(cache, name));
      if (index % 2 === 0) execFileSync('mkfifo', [join(cache, name)]);
      else symlinkSync('/dev/zero', join(cache, name));
    }
    const listed = await career(['--data', data, 'list'], { env });
    expect([listed.code, listed.stderr]).toEqual([0, '']);
    expect(listed.stdout).toContain('growth-marketer\tGrowth marketer');
    const found = await career(['--data', data, 'search', 'growth', '--json'], { env });
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)[0].id).toBe('growth-marketer');
  }, 30_000);
});
