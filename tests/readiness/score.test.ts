import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Readiness, Role } from '../../src/knowledge-base/schema.js';
import { assess } from '../../src/readiness/score.js';
import { ROOT } from '../helpers/cli.js';

const target: Role = {
  id: 'target',
  title: 'Target role',
  track: 't',
  level: 'l',
  summary: 's',
  aliases: [],
  responsibilities: ['one', 'two', 'three', 'four'],
  advancesTo: [],
};

/** One scale question whose options score exactly what a boundary needs, and the three usual tiers. */
function readinessWith(scores: number[], floor = 0): Readiness {
  return {
    questions: [
      {
        id: 'q',
        title: 'Q',
        prompt: 'Q?',
        kind: 'scale',
        weight: 1,
        options: scores.map((score) => ({
          id: `s${score}`,
          label: String(score),
          reason: `scored ${score}`,
          score,
        })),
        step: 'Improve.',
        gapBelow: 0.75,
      },
    ],
    verdicts: [
      { id: 'ready', title: 'Ready now', summary: 's', minimum: 75, floor, guidance: [] },
      { id: 'almost', title: 'Almost there', summary: 's', minimum: 50, floor: 0, guidance: [] },
      { id: 'not-yet', title: 'Not yet', summary: 's', minimum: 0, floor: 0, guidance: [] },
    ],
    crossTrackGuidance: [],
  };
}

describe('the verdict at every tier boundary', () => {
  it.each([
    [1, 100, 'ready'],
    [0.75, 75, 'ready'],
    [0.749, 75, 'ready'], // rounds to 75: the verdict follows the score shown
    [0.744, 74, 'almost'],
    [0.5, 50, 'almost'],
    [0.494, 49, 'not-yet'],
    [0, 0, 'not-yet'],
  ])('a score of %s shows %s and is "%s"', (share, score, verdict) => {
    const readiness = readinessWith([share, 0]);
    const result = assess(readiness, target, [], { q: `s${share}` });
    expect(result.score).toBe(score);
    expect(result.verdict.id).toBe(verdict);
    expect(result.scores[0]?.reason).toBe(`scored ${share}`);
  });

  it('holds back "ready" when any question is below the tier’s floor', () => {
    const readiness = readinessWith([1, 0.4], 0.5);
    readiness.questions.push({
      ...(readiness.questions[0] as Readiness['questions'][number]),
      id: 'r',
      weight: 3,
    });
    // Overall (0.4 + 3 × 1) / 4 = 85, but q scores 0.4 < floor 0.5.
    const held = assess(readiness, target, [], { q: 's0.4', r: 's1' });
    expect(held.score).toBe(85);
    expect(held.verdict.id).toBe('almost');
    expect(assess(readiness, target, [], { q: 's1', r: 's1' }).verdict.id).toBe('ready');
  });
});

describe('scoring the built-in check', () => {
  const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);
  const readiness = knowledgeBase.readiness as Readiness;
  const manager = knowledgeBase.roles.find((r) => r.id === 'digital-marketing-manager') as Role;

  it('weights the questions as the README’s worked example says', () => {
    const result = assess(readiness, manager, knowledgeBase.preparation, {
      performance: 'consistently',
      tasks: [1, 3],
      initiative: 'this-year',
      preparation: ['technologies', 'customers'],
    });
    // 35 × 0.9 + 30 × 2/4 + 20 × 0.5 + 15 × 2/5 = 62.5 of 100, shown as 63.
    expect(result.scores.map((s) => [s.question, s.signal, s.score])).toEqual([
      ['performance', 'meets-goals', 90],
      ['tasks', 'higher-level-tasks', 50],
      ['initiative', 'asked-for-more', 50],
      ['preparation', null, 40],
    ]);
    expect(result.score).toBe(63);
    expect(result.verdict.id).toBe('almost');
    expect(result.scores[1]?.reason).toBe(
      '2 of the 4 responsibilities of Digital marketing manager are already yours.',
    );
  });

  it('gives the top answers 100 and "Ready now", and the bottom ones 0 and "Not yet"', () => {
    const top = assess(readiness, manager, knowledgeBase.preparation, {
      performance: 'exceeds',
      tasks: [1, 2, 3, 4],
      initiative: 'this-month',
      preparation: knowledgeBase.preparation.map((p) => p.id),
    });
    expect([top.score, top.verdict.title]).toEqual([100, 'Ready now']);
    const bottom = assess(readiness, manager, knowledgeBase.preparation, {
      performance: 'rarely',
      tasks: [],
      initiative: 'never',
      preparation: [],
    });
    expect([bottom.score, bottom.verdict.title]).toEqual([0, 'Not yet']);
  });

  it('is deterministic', () => {
    const answers = {
      performance: 'usually',
      tasks: [2],
      initiative: 'this-quarter',
      preparation: ['functions'],
    };
    expect(assess(readiness, manager, knowledgeBase.preparation, answers)).toEqual(
      assess(readiness, manager, knowledgeBase.preparation, answers),
    );
  });
});
