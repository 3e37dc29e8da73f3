import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchRoles } from '../../src/engine/resolve.js';
import { decodeEntry, encodeEntry } from '../../src/knowledge-base/cache-layout.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { ROOT } from '../helpers/cli.js';

// The frozen marketing fixture (12 roles, two tracks), loaded and validated as a user's would be.
const knowledgeBase = loadKnowledgeBase([join(ROOT, 'tests', 'fixtures', 'marketing')]);

describe('a knowledge base laid out for the cache', () => {
  it('reads back as the same data, fields in the same order', () => {
    const { body, layout } = encodeEntry(knowledgeBase);
    const read = decodeEntry(body, layout);
    expect(JSON.stringify(read)).toBe(JSON.stringify(knowledgeBase));
    expect(Object.keys(read?.roles[0] ?? {})).toEqual(Object.keys(knowledgeBase.roles[0] ?? {}));
  });

  it('reads a role’s bulky fields only when they are used', () => {
    const { body, layout } = encodeEntry(knowledgeBase);
    // Spoil the line of the second role: the others, and every title, still read.
    const second = layout.starts[1] as number;
    body.write('!', second, 'latin1');
    const read = decodeEntry(body, layout);
    expect(read?.roles.map((role) => role.title)).toEqual(
      knowledgeBase.roles.map((role) => role.title),
    );
    expect(read?.roles[0]?.responsibilities).toEqual(knowledgeBase.roles[0]?.responsibilities);
    expect(read?.roleSkills[knowledgeBase.roles[0]?.id as string]).toEqual(
      knowledgeBase.roleSkills[knowledgeBase.roles[0]?.id as string],
    );
    expect(() => read?.roles[1]?.aliases).toThrow(SyntaxError);
  });

  it('finds a role by each of its aliases and its code through the index, as by scanning', () => {
    const { body, layout } = encodeEntry(knowledgeBase);
    const read = decodeEntry(body, layout);
    if (!read) throw new Error('not read');
    const names = knowledgeBase.roles.flatMap((role) => [
      ...role.aliases,
      ...(role.code ? [role.code] : []),
    ]);
    expect(names.length).toBeGreaterThan(30);
    for (const name of [...names, 'nobody at all', 'zzz', '0', 'SEO', 'seo specialists']) {
      const ids = (kb: typeof knowledgeBase) => matchRoles(kb, name).map((role) => role.id);
      expect(ids(read)).toEqual(ids(knowledgeBase));
    }
    // A code several roles share finds them all, in their order.
    expect(matchRoles(read, '13-1161.00').map((role) => role.id)).toEqual(
      knowledgeBase.roles.filter((role) => role.code === '13-1161.00').map((role) => role.id),
    );
  });
});
