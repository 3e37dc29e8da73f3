import { describe, expect, it } from 'vitest';
import { overlap, similarity } from '../../src/engine/overlap.js';

describe('similarity of two responsibilities', () => {
  it('is the Dice coefficient of their word forms', () => {
    // {monitor, metric, evaluate, trend} and {monitor, metric, understand, seo, performance}: 2 × 2 / 9.
    expect(
      similarity(
        'Monitor metrics to evaluate trends',
        'Monitor metrics to understand SEO performance',
      ),
    ).toBeCloseTo(4 / 9);
    expect(similarity('Run campaigns', 'Run campaigns')).toBe(1);
    expect(similarity('Conduct market research', 'Build and maintain client relationships')).toBe(
      0,
    );
    expect(similarity('', 'anything')).toBe(0);
  });

  it('sees through word forms', () => {
    expect(similarity('Optimise the campaigns', 'Campaign optimization')).toBe(1);
  });
});

describe('pairing responsibilities', () => {
  it('pairs the most alike first, each at most once, and only above the threshold', () => {
    const a = ['Monitor social media metrics', 'Run email campaigns', 'Conduct market research'];
    const b = [
      'Run social media campaigns',
      'Monitor social media metrics daily',
      'Forecast account metrics',
    ];
    const result = overlap(a, b);
    expect(result.shared).toEqual([
      { a: 0, b: 1, similarity: 0.89 },
      { a: 1, b: 0, similarity: 0.57 },
    ]);
    expect(result.onlyA).toEqual([2]);
    expect(result.onlyB).toEqual([2]);
  });

  it('shares nothing between unrelated lists', () => {
    expect(overlap(['Conduct market research'], ['Purge unsubscribed addresses'])).toEqual({
      shared: [],
      onlyA: [0],
      onlyB: [0],
    });
  });
});
