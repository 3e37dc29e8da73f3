import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRoles } from '../../src/engine/compare.js';
import { matchRoles } from '../../src/engine/resolve.js';
import { roleSkills } from '../../src/engine/skills.js';
import { decodeEntry, encodeEntry } from '../../src/knowledge-base/cache-layout.js';
import { KnowledgeBaseError } from '../../src/knowledge-base/errors.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { KnowledgeBase } from '../../src/knowledge-base/model.js';
import type { Role } from '../../src/knowledge-base/schema.js';
import { ROOT } from '../helpers/cli.js';

// The frozen marketing fixture (12 roles, two tracks), loaded and validated as a user's would be,
// with fields after the role skills, as a layered knowledge base has them.
const knowledgeBase: KnowledgeBase = {
  ...loadKnowledgeBase([join(ROOT, 'tests', 'fixtures', 'marketing')]),
  builtin: { tracks: ['digital-marketing'], preparation: [], guidance: [], readiness: false },
};
const KEY = 'the entry key';

/** Encodes the fixture, then reads it back as the cache does, counting what is read. */
function roundTrip(spoil?: (body: Buffer, lines: number[]) => void, written = knowledgeBase) {
  const { body, layout, sums } = encodeEntry(written, KEY);
  spoil?.(body, layout.lines);
  const reads: [number, number][] = [];
  let damaged = 0;
  const read = decodeEntry(
    (start, end) => {
      reads.push([start, end]);
      return Buffer.from(body.subarray(start, end));
    },
    layout,
    sums,
    KEY,
    { file: '/cache/entry.json', damaged: () => damaged++ },
  );
  return { read: read as KnowledgeBase, reads, layout, damaged: () => damaged };
}

describe('a knowledge base laid out for the cache', () => {
  it('reads back as the same data, fields in the same order', () => {
    const { read } = roundTrip();
    // As text, so the order of every field counts (a quiz's digest of the knowledge base is of it).
    expect(JSON.stringify(read)).toBe(JSON.stringify(knowledgeBase));
    expect(Object.keys(read.roles[0] ?? {})).toEqual(Object.keys(knowledgeBase.roles[0] ?? {}));
  });

  it('reads only the skeleton for titles and summaries, then a role’s line when it is used', () => {
    const { read, reads, layout } = roundTrip();
    expect(read.roles.map((role) => [role.title, role.summary])).toEqual(
      knowledgeBase.roles.map((role) => [role.title, role.summary]),
    );
    // The skeleton, and a byte at each end of the role skills (their brackets).
    const bytes = () => reads.reduce((sum, [start, end]) => sum + end - start, 0);
    expect(reads[0]).toEqual([0, layout.skills]);
    expect(bytes()).toBe(layout.skills + 2);
    expect(read.roles[3]?.responsibilities).toEqual(knowledgeBase.roles[3]?.responsibilities);
    expect(reads.at(-1)).toEqual([layout.lines[3], layout.lines[4]]);
    expect(read.roleSkills).toEqual(knowledgeBase.roleSkills);
    expect(reads.at(-1)).toEqual([layout.skills, layout.lines[0]]);
  });

  it('gives a role’s skills from its own line, and every role’s from the role skills once those are read', () => {
    const { read, reads, layout } = roundTrip();
    const role = read.roles[3] as Role;
    expect(roleSkills(read, role)).toEqual(knowledgeBase.roleSkills[role.id]);
    expect(reads.at(-1)).toEqual([layout.lines[3], layout.lines[4]]);
    const whole = [layout.skills, layout.lines[0]];
    expect(reads).not.toContainEqual(whole);
    expect(read.roleSkills).toEqual(knowledgeBase.roleSkills);
    const count = reads.length;
    for (const each of read.roles)
      expect(roleSkills(read, each)).toEqual(knowledgeBase.roleSkills[each.id]);
    // From the role skills: no role's line is read for them.
    expect(reads.length).toBe(count);
  });

  it('reads every role’s skills at once for a command that goes through many roles', () => {
    // The fixture's roles five times over: 60 roles, each with the skills of the one it copies.
    const copies = [1, 2, 3, 4, 5].flatMap((copy) =>
      knowledgeBase.roles.map((role) => ({ ...role, id: `${role.id}-${copy}`, advancesTo: [] })),
    );
    const many: KnowledgeBase = {
      ...knowledgeBase,
      roles: copies,
      roleSkills: Object.fromEntries(
        copies.map((role) => [
          role.id,
          knowledgeBase.roleSkills[role.id.replace(/-\d$/, '')] ?? [],
        ]),
      ),
    };
    const { read, reads, layout } = roundTrip(undefined, many);
    for (const role of read.roles) expect(roleSkills(read, role)).toEqual(many.roleSkills[role.id]);
    const lines = reads.filter(([start]) => start >= (layout.lines[0] as number));
    expect(lines.length).toBeLessThan(copies.length / 2);
    expect(reads).toContainEqual([layout.skills, layout.lines[0]]);
  });

  it('lets compare know the common skills without reading every role’s skills or lines', () => {
    const { read, reads, layout } = roundTrip();
    const compared = compareRoles(read, read.roles[1] as Role, read.roles[4] as Role);
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

  it('throws a one-line error naming the entry, and has it removed, when a role’s line was damaged', () => {
    const { read, damaged } = roundTrip((body, lines) => {
      body.write('!', lines[1] as number, 'latin1');
    });
    expect(read.roles[0]?.aliases).toEqual(knowledgeBase.roles[0]?.aliases);
    expect(damaged()).toBe(0);
    expect(() => read.roles[1]?.aliases).toThrow(KnowledgeBaseError);
    expect(() => read.roles[1]?.aliases).toThrow(
      /^\/cache\/entry\.json: this cache entry was damaged/,
    );
    expect(damaged()).toBeGreaterThan(0);
  });

  it('is not read at all when its skeleton is not the one written', () => {
    const { read } = roundTrip((body) => {
      body.write('[', 0, 'latin1');
    });
    expect(read).toBeUndefined();
  });

  it('finds a role by each of its aliases and its code through the index, as by scanning', () => {
    const { read } = roundTrip();
    const names = knowledgeBase.roles.flatMap((role) => [
      ...role.aliases,
      ...(role.code ? [role.code] : []),
    ]);
    expect(names.length).toBeGreaterThan(30);
    for (const name of [...names, 'nobody at all', 'zzz', '0', 'SEO', 'seo specialists']) {
      const ids = (kb: KnowledgeBase) => matchRoles(kb, name).map((role) => role.id);
      expect(ids(read)).toEqual(ids(knowledgeBase));
    }
    // A code several roles share finds them all, in their order.
    expect(matchRoles(read, '13-1161.00').map((role) => role.id)).toEqual(
      knowledgeBase.roles.filter((role) => role.code === '13-1161.00').map((role) => role.id),
    );
  });

  it('still finds a role by its alias when the index is damaged', () => {
    const { read } = roundTrip((body, lines) => {
      // The index, after the roles' lines, overwritten with lines that sort but name no one.
      const index = lines.at(-1) as number;
      body.fill('a\t0\n', index, body.length - ((body.length - index) % 4), 'latin1');
    });
    const alias = knowledgeBase.roles[5]?.aliases[0] as string;
    expect(matchRoles(read, alias).map((role) => role.id)).toEqual([knowledgeBase.roles[5]?.id]);
  });
});
