import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plain } from '../../src/cli/color.js';
import { renderQuizResult } from '../../src/cli/render/result.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Readiness, Role } from '../../src/knowledge-base/schema.js';
import type { Answers } from '../../src/readiness/answers.js';
import { quizResult } from '../../src/readiness/result.js';
import { ROOT } from '../helpers/cli.js';

interface Persona {
  name: string;
  from: string;
  to: string;
  answers: Answers;
  expect: {
    kind: string;
    crossTrack?: boolean;
    route?: string[] | null;
    nearest?: string[] | null;
    first?: string;
    steps?: number;
    firstMonthHas?: string[];
    firstMonthHasNo?: string[];
    mentions?: string[];
    never?: string[];
    closing?: string;
  };
}

const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);
const personas = parse(
  readFileSync(join(ROOT, 'tests', 'fixtures', 'personas.yaml'), 'utf8'),
) as Persona[];
const role = (id: string) => knowledgeBase.roles.find((r) => r.id === id) as Role;

describe('the quiz, read for the personas a coach meets', () => {
  it.each(personas.map((p) => [p.name, p] as const))('%s', (_name, persona) => {
    const result = quizResult(
      knowledgeBase,
      knowledgeBase.readiness as Readiness,
      role(persona.from),
      role(persona.to),
      persona.answers,
      { date: new Date('2026-11-30T12:00:00Z'), digest: 'sha256:0000000000000000' },
    );
    // Read as printed, joined into one line: a phrase may wrap anywhere.
    const text = renderQuizResult(result, plain, 80).replace(/\s+/g, ' ');
    const { expect: want } = persona;
    expect(result.move.kind).toBe(want.kind);
    if (want.crossTrack !== undefined) expect(result.move.crossTrack).toBe(want.crossTrack);
    if (want.route !== undefined) expect(result.move.route).toEqual(want.route);
    if (want.nearest !== undefined) expect(result.move.nearest).toEqual(want.nearest);
    if (want.first) expect(result.plan[0]?.kind).toBe(want.first);
    if (want.steps !== undefined) expect(result.plan).toHaveLength(want.steps);
    const firstMonth = result.plan.filter((s) => s.by === 30).map((s) => s.kind);
    for (const kind of want.firstMonthHas ?? []) expect(firstMonth).toContain(kind);
    for (const kind of want.firstMonthHasNo ?? []) expect(firstMonth).not.toContain(kind);
    for (const phrase of want.mentions ?? []) expect(text).toContain(phrase);
    for (const phrase of want.never ?? [])
      expect(text.toLowerCase()).not.toMatch(new RegExp(`\\b${phrase}\\b`));
    if (want.closing) {
      expect(result.plan.at(-1)?.by).toBe(90);
      expect(result.plan.at(-1)?.action).toContain(want.closing);
    }
  });
});
