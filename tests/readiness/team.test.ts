import { describe, expect, it } from 'vitest';
import {
  byReadiness,
  latestPerPerson,
  type TeamMember,
  teamMember,
} from '../../src/readiness/team.js';

const result = (score: number, verdict: string, extra: object = {}) => ({
  date: '2026-11-02T09:00:00.000Z',
  from: { id: 'seo-specialist', title: 'SEO specialist' },
  to: { id: 'digital-marketing-manager', title: 'Digital marketing manager' },
  score,
  verdict: { id: verdict, title: verdict },
  scores: [
    { question: 'performance', title: 'Performance', score: 90 },
    { question: 'tasks', title: "The role's tasks", score: 25 },
  ],
  ...extra,
});

const member = (file: string, value: unknown) => teamMember(file, value) as TeamMember;
const VERDICTS = ['ready', 'almost', 'not-yet'];

describe('the team view', () => {
  it('ranks by verdict before score: a higher score held back by a floor comes after a ready one', () => {
    const held = member('priya.json', result(91, 'almost'));
    const ready = member('lee.json', result(80, 'ready'));
    const unknown = member('kim.json', result(99, 'someone-elses'));
    expect(byReadiness([held, unknown, ready], VERDICTS).map((m) => m.person)).toEqual([
      'lee',
      'priya',
      'kim',
    ]);
  });

  it('names the weakest signal, and the person by for: before the file name', () => {
    const named = member('x.json', result(50, 'almost', { for: 'Alex Kim' }));
    expect([named.person, named.weakest?.title]).toEqual(['Alex Kim', "The role's tasks"]);
  });

  it('says why a file is not a result, and never throws on what it is given', () => {
    for (const value of [
      null,
      42,
      'text',
      [],
      {},
      { name: 'package' },
      result(50, 'almost', { kind: 'other' }),
    ])
      expect(teamMember('f.json', value)).toEqual({
        skipped:
          'not a quiz or check-in result (career quiz --json or career checkin --json writes one)',
      });
    expect(teamMember('f.json', { ...result(50, 'almost'), score: 'high' })).toEqual({
      skipped: 'a quiz result with parts missing (written by another version?)',
    });
    expect(teamMember('f.json', { ...result(50, 'almost'), kind: 'checkin' })).toEqual({
      skipped: 'a check-in result with parts missing (written by another version?)',
    });
  });

  it("keeps each person's latest result", () => {
    const old = member('a.json', result(40, 'not-yet', { for: 'Sam' }));
    const recent = member(
      'b.json',
      result(60, 'almost', { for: 'sam', date: '2026-11-20T09:00:00.000Z' }),
    );
    const { kept, older } = latestPerPerson([old, recent]);
    expect(kept.map((m) => m.file)).toEqual(['b.json']);
    expect(older.map((o) => [o.member.file, o.newer.file])).toEqual([['a.json', 'b.json']]);
  });
});
