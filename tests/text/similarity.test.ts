import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/text/similarity.js';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps as one each', () => {
    expect(editDistance('role', 'role')).toBe(0);
    expect(editDistance('role', 'roles')).toBe(1);
    expect(editDistance('roles', 'role')).toBe(1);
    expect(editDistance('role', 'rule')).toBe(1);
    expect(editDistance('role', 'rloe')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closest and did you mean', () => {
  it('keeps only candidates within a third of the length, closest first', () => {
    expect(closest('responsibilites', ['responsibilities', 'roles', 'summary'])).toEqual([
      'responsibilities',
    ]);
    expect(closest('xyz', ['roles', 'tracks'])).toEqual([]);
  });

  it('phrases one, two or three suggestions', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['a'])).toBe('did you mean "a"?');
    expect(didYouMean(['a', 'b', 'c'])).toBe('did you mean "a", "b" or "c"?');
  });
});

describe('bounded edit distance', () => {
  it('gives the same answer within the bound, and max + 1 beyond it', () => {
    const pairs: [string, string][] = [
      ['kitten', 'sitting'],
      ['seo-specialist', 'seo-specalist'],
      ['rloe', 'role'],
      ['', 'abc'],
      ['manager', 'marketing manager'],
    ];
    for (const [a, b] of pairs) {
      const exact = editDistance(a, b);
      expect(editDistance(a, b, exact)).toBe(exact);
      expect(editDistance(a, b, exact + 3)).toBe(exact);
      if (exact > 0) expect(editDistance(a, b, exact - 1)).toBe(exact);
    }
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('short', 'a much longer name', 3)).toBe(4);
  });
});
