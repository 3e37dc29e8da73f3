import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleById } from '../../src/engine/graph.js';
import { describeMove } from '../../src/engine/move.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Role } from '../../src/knowledge-base/schema.js';
import { moveSentence } from '../../src/readiness/move-wording.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * O*NET's job zones layered over roles ranked Associate and Advanced: two
 * scales in one knowledge base. A move from one to the other is neither up
 * nor down by its levels; only an advancement edge says it is a promotion.
 */
const ONET = join(ROOT, 'tests', 'fixtures', 'coach-onet');
const base = loadKnowledgeBase([join(ROOT, 'tests', 'fixtures', 'marketing')]);
const knowledgeBase = loadKnowledgeBase([ONET], { base });
const role = (id: string) => roleById(knowledgeBase, id) as Role;
const kind = (from: string, to: string) => describeMove(knowledgeBase, role(from), role(to)).kind;

describe('a move between levels of two scales', () => {
  it('is a move to another ladder, not a step down or up', () => {
    // Job zone 4 to Advanced, and Associate to job zone 4: no route either way.
    expect(kind('search-marketing-strategists', 'digital-marketing-manager')).toBe('other-ladder');
    expect(kind('marketing-associate', 'marketing-managers')).toBe('other-ladder');
  });

  it('leaves moves on one scale as they were', () => {
    expect(kind('seo-specialist', 'digital-marketing-manager')).toBe('promotion');
    expect(kind('digital-marketing-manager', 'seo-specialist')).toBe('step-down');
    expect(kind('retail-salespersons', 'search-marketing-strategists')).toBe('promotion');
    expect(kind('marketing-managers', 'retail-salespersons')).toBe('step-down');
    expect(kind('online-merchants', 'market-research-analysts-and-marketing-specialists')).toBe(
      'lateral',
    );
  });

  it('is a promotion where a route leads there, said by the route, never as a rise in level', () => {
    const routed: typeof knowledgeBase = {
      ...knowledgeBase,
      roles: knowledgeBase.roles.map((r) =>
        r.id === 'search-marketing-strategists'
          ? { ...r, advancesTo: [...r.advancesTo, 'digital-marketing-manager'] }
          : r,
      ),
    };
    const move = describeMove(
      routed,
      roleById(routed, 'search-marketing-strategists') as Role,
      roleById(routed, 'digital-marketing-manager') as Role,
    );
    expect(move.kind).toBe('promotion');
    const sentence = moveSentence(routed, move);
    expect(sentence).toMatch(
      /^A promotion that changes track: an advancement route leads there \(/,
    );
    expect(sentence).toContain('are levels of two scales, which cannot say it');
    expect(sentence).not.toMatch(/from Job Zone Four to/);
  });

  it('says so in the quiz, and the last step agrees the level and pay', async () => {
    const [from, to] = ['search-marketing-strategists', 'digital-marketing-manager'];
    const env = { CAREER_DATA_HOME: tempDir() };
    const data = ['--data', ONET];
    const template = await runMain([...data, 'quiz', '--template', '--from', from, '--to', to], {
      env,
    });
    const fingerprint = /^fingerprint: (\S+)/m.exec(template.stdout)?.[1];
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(
      file,
      `from: ${from}\nto: ${to}\nfingerprint: ${fingerprint}\nperformance: consistently\n` +
        'tasks: [1]\ninitiative: this-month\n',
    );
    const { code, stdout, stderr } = await runMain([...data, 'quiz', '--answers', file, '--json'], {
      env,
    });
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout);
    expect(result.move.kind).toBe('other-ladder');
    expect(result.move.summary[0]).toBe(
      'A move to another ladder, from Business and Financial Operations to Digital marketing: Job Zone Four and Advanced are levels of two scales, so the data cannot say whether it is a step up; ask what level and pay the role would come with.',
    );
    const said = JSON.stringify(result.move.summary) + JSON.stringify(result.plan);
    expect(said).not.toMatch(/step down|promotion/i);
    expect(result.plan.at(-1).action).toMatch(/agree the level and pay it comes with/);
  });
});

describe('career import onet', () => {
  it('puts the job zones on a scale of their own, and occupations with none on another', async () => {
    const out = join(tempDir(), 'onet');
    const run = await runMain([
      'import',
      'onet',
      join(ROOT, 'tests', 'fixtures', 'onet'),
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const imported = loadKnowledgeBase([out]);
    expect(imported.levels.length).toBeGreaterThan(0);
    for (const level of imported.levels)
      expect(level.scale).toBe(level.id === 'job-zone-unrated' ? 'onet-unrated' : 'onet-job-zone');
  });
});
