import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { KnowledgeBase } from '../../src/knowledge-base/model.js';
import { ROOT } from '../helpers/cli.js';

/**
 * Each role's skills as a map: skill id → the responsibilities that name it
 * (and whether only its `skills:` list does). The order is left out: two
 * skills first named by the same responsibility are listed in the order
 * their terms start in it, which a more specific term can change
 * ("coordinate marketing activities" now starts where "coordinate" does).
 */
const skillsByRole = (knowledgeBase: KnowledgeBase) =>
  Object.fromEntries(
    Object.entries(knowledgeBase.roleSkills).map(([role, entries]) => [
      role,
      Object.fromEntries(
        [...entries]
          .sort((a, b) => a.skill.localeCompare(b.skill))
          .map((entry) => [
            entry.skill,
            { responsibilities: entry.responsibilities, tagged: entry.tagged },
          ]),
      ),
    ]),
  );

describe('the skills taxonomy tightened for other trades', () => {
  it("leaves every built-in role's skills as the frozen copy of the data has them", () => {
    // tests/fixtures/marketing holds the built-in roles with the taxonomy as it was before its
    // terms were made specific enough for O*NET's occupations: the same roles, read through
    // today's terms, must carry the same skills on the same responsibilities.
    const frozen = loadKnowledgeBase([join(ROOT, 'tests', 'fixtures', 'marketing')]);
    const builtin = loadKnowledgeBase([join(ROOT, 'data')]);
    expect(builtin.roles.map((role) => role.id)).toEqual(frozen.roles.map((role) => role.id));
    expect(skillsByRole(builtin)).toEqual(skillsByRole(frozen));
  });
});
