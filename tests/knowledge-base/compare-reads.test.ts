import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRoles } from '../../src/engine/compare.js';
import { decodeEntry, encodeEntry } from '../../src/knowledge-base/cache-layout.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { KnowledgeBase } from '../../src/knowledge-base/model.js';
import type { Role } from '../../src/knowledge-base/schema.js';
import { ROOT } from '../helpers/cli.js';

const knowledgeBase = loadKnowledgeBase([join(ROOT, 'tests', 'fixtures', 'marketing')]);
const KEY = 'the entry key';

describe('compare on a cached knowledge base', () => {
  it('knows the common skills without reading every role’s skills or lines', () => {
    const { body, layout, sums } = encodeEntry(knowledgeBase, KEY);
    const reads: [number, number][] = [];
    const read = decodeEntry(
      (start, end) => {
        reads.push([start, end]);
        return Buffer.from(body.subarray(start, end));
      },
      layout,
      sums,
      KEY,
      { file: '/cache/entry.json', damaged: () => undefined },
    ) as KnowledgeBase;
    const [a, b] = [read.roles[1] as Role, read.roles[4] as Role];
    const compared = compareRoles(read, a, b);
    const fresh = compareRoles(
      knowledgeBase,
      knowledgeBase.roles[1] as Role,
      knowledgeBase.roles[4] as Role,
    );
    expect(compared.shared).toEqual(fresh.shared);
    // The skeleton, then the two roles' lines: not the role skills of all (an O*NET import's 240 KB).
    expect(reads).not.toContainEqual([layout.skills, layout.lines[0]]);
    expect(reads.filter(([start]) => (layout.lines as number[]).includes(start))).toHaveLength(2);
  });
});
