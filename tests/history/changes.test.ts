import { describe, expect, it } from 'vitest';
import { withChanges } from '../../src/history/changes.js';
import type { HistoryRecord } from '../../src/history/record.js';

const attempt = (
  from: string,
  to: string,
  score: number,
  knowledgeBase = 'sha256:aaaa',
): HistoryRecord => ({
  version: 1,
  date: new Date(Date.UTC(2026, 0, score)).toISOString(),
  from,
  to,
  score,
  verdict: 'almost',
  scores: {},
  knowledgeBase,
});

const summary = (records: HistoryRecord[]) =>
  withChanges(records).map((e) => [e.from, e.to, e.change, e.knowledgeBaseChanged]);

describe('the change since the previous attempt', () => {
  it('compares an attempt only with earlier attempts of the same from and to', () => {
    expect(
      summary([
        attempt('seo-specialist', 'digital-marketing-manager', 62),
        attempt('sem-specialist', 'digital-marketing-manager', 85),
        attempt('seo-specialist', 'digital-marketing-manager', 70),
        attempt('seo-specialist', 'account-manager', 40),
        attempt('sem-specialist', 'digital-marketing-manager', 80),
      ]),
    ).toEqual([
      ['seo-specialist', 'digital-marketing-manager', null, false],
      ['sem-specialist', 'digital-marketing-manager', null, false],
      ['seo-specialist', 'digital-marketing-manager', 8, false],
      ['seo-specialist', 'account-manager', null, false],
      ['sem-specialist', 'digital-marketing-manager', -5, false],
    ]);
  });

  it('flags an attempt scored against another knowledge base than the previous attempt of its move', () => {
    expect(
      summary([
        attempt('seo-specialist', 'digital-marketing-manager', 41, 'sha256:old'),
        attempt('sem-specialist', 'account-manager', 50, 'sha256:new'),
        attempt('seo-specialist', 'digital-marketing-manager', 63, 'sha256:new'),
        attempt('seo-specialist', 'digital-marketing-manager', 65, 'sha256:new'),
      ]),
    ).toEqual([
      ['seo-specialist', 'digital-marketing-manager', null, false],
      ['sem-specialist', 'account-manager', null, false],
      ['seo-specialist', 'digital-marketing-manager', 22, true],
      ['seo-specialist', 'digital-marketing-manager', 2, false],
    ]);
  });

  it('keeps role ids that look alike as different moves', () => {
    expect(
      summary([attempt('a b', 'c', 10), attempt('a', 'b c', 20), attempt('a b', 'c', 30)]).map(
        (row) => row[2],
      ),
    ).toEqual([null, null, 20]);
  });
});
