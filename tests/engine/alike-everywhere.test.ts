import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRoles } from '../../src/engine/compare.js';
import { step } from '../../src/engine/path.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { ROOT } from '../helpers/cli.js';

// The built-in roles and six O*NET occupations: generic skills on both kinds of text.
const knowledgeBase = loadKnowledgeBase([
  join(ROOT, 'data'),
  join(ROOT, 'tests', 'fixtures', 'coach-onet'),
]);

describe('one pairing of responsibilities, in compare and in path', () => {
  it('never has path say a role takes on work that compare calls alike something the other does', () => {
    let checked = 0;
    for (const from of knowledgeBase.roles) {
      for (const to of knowledgeBase.roles) {
        if (from.id === to.id) continue;
        const s = step(knowledgeBase, from, to);
        if (s.keeps) continue;
        const c = compareRoles(knowledgeBase, from, to);
        const onlyTo = new Set(c.kept?.by === 'a' ? c.kept.items : c.onlyB);
        for (const gain of s.gains) expect(onlyTo.has(gain), `${from.id} → ${to.id}`).toBe(true);
        checked += s.gains.length;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
