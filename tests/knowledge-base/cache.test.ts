import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCached } from '../../src/knowledge-base/cache.js';
import { digestOf } from '../../src/knowledge-base/digest.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { KnowledgeBase } from '../../src/knowledge-base/model.js';
import { tempDir } from '../helpers/cli.js';
import { role, TRACKS, writeTree } from '../helpers/files.js';

/** A knowledge-base folder, a cache folder, and a loader that counts its calls. */
function setUp() {
  const data = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${role('analyst')}` });
  const directory = tempDir('career-cache-');
  const loads: string[] = [];
  const load = async (): Promise<KnowledgeBase> => {
    loads.push('load');
    return loadKnowledgeBase([data]);
  };
  return { data, options: { directory, salt: 'test' }, load, loads };
}

const cacheFile = (directory: string) => {
  const files = readdirSync(directory).filter((name) => name.endsWith('.json'));
  expect(files).toHaveLength(1);
  return join(directory, files[0] as string);
};

describe('loadCached', () => {
  it('loads once, then answers from the cache without loading', async () => {
    const { data, options, load, loads } = setUp();
    const first = await loadCached([data], options, load);
    expect(loads).toHaveLength(1);
    const second = await loadCached([data], options, load);
    const third = await loadCached([data], options, load);
    // Fails if the cache is bypassed: every call would load.
    expect(loads).toHaveLength(1);
    expect(second.knowledgeBase).toEqual(first.knowledgeBase);
    expect(third.knowledgeBase.roles.map((r) => r.id)).toEqual(['analyst']);
  });

  it('believes a valid cache entry: what is in it is what comes back, not what a load would give', async () => {
    const { data, options, load, loads } = setUp();
    // An entry written for these very sources, holding a knowledge base with no roles at all.
    const empty = { ...(await load()), roles: [] };
    await loadCached([data], options, async () => empty);
    loads.length = 0;
    const { knowledgeBase } = await loadCached([data], options, load);
    expect(loads).toHaveLength(0);
    expect(knowledgeBase.roles).toEqual([]);
  });

  it('loads again when a source changes, a cache file is damaged, or the salt differs', async () => {
    const { data, options, load, loads } = setUp();
    await loadCached([data], options, load);
    writeFileSync(join(data, 'kb.yaml'), `${TRACKS}roles:\n${role('analyst')}${role('manager')}`);
    const edited = await loadCached([data], options, load);
    expect(edited.knowledgeBase.roles.map((r) => r.id)).toEqual(['analyst', 'manager']);
    expect(loads).toHaveLength(2);
    const file = cacheFile(options.directory);
    writeFileSync(file, readFileSync(file, 'utf8').replace('manager', 'mangler'));
    expect((await loadCached([data], options, load)).knowledgeBase.roles.map((r) => r.id)).toEqual([
      'analyst',
      'manager',
    ]);
    expect(loads).toHaveLength(3);
    await loadCached([data], { ...options, salt: 'another built-in knowledge base' }, load);
    expect(loads).toHaveLength(4);
  });

  it('gives a warm knowledge base the digest of the one it holds, without reading its roles’ lines', async () => {
    const { data, options, load } = setUp();
    const cold = await loadCached([data], options, load);
    const coldDigest = digestOf(cold.knowledgeBase);
    const warm = (await loadCached([data], options, load)).knowledgeBase;
    expect(digestOf(warm)).toBe(coldDigest);
    // The role's bulky fields are still to be read: the digest came from the entry.
    expect(Object.getOwnPropertyDescriptor(warm.roles[0], 'responsibilities')?.get).toBeDefined();
    // And it is the digest of what it holds: worked out anew on a copy, it is the same.
    expect(digestOf(JSON.parse(JSON.stringify(warm)) as KnowledgeBase)).toBe(coldDigest);
  });

  it('never caches a failed load', async () => {
    const { data, options } = setUp();
    const failing = async (): Promise<KnowledgeBase> => {
      throw new Error('broken');
    };
    await expect(loadCached([data], options, failing)).rejects.toThrow('broken');
    expect(readdirSync(options.directory)).toEqual([]);
  });
});
