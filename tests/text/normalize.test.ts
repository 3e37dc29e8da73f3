import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayNormalizeTo, normalize } from '../../src/text/normalize.js';

describe('mayNormalizeTo, the cheap test before normalizing a name', () => {
  it('never rules out a name that normalizes to the key', () => {
    // Names of ASCII, accented letters, ligatures and punctuation, where folding changes most.
    const character = fc.constantFrom(...'aAzZ09 -_.(/)éÉßﬁŒœ½ñ\t'.split(''));
    fc.assert(
      fc.property(fc.array(character, { maxLength: 12 }), (chars) => {
        const name = chars.join('');
        expect(mayNormalizeTo(name, normalize(name))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rules out a name whose first letter is another, without normalizing it', () => {
    expect(mayNormalizeTo('  Keg Header', 'headcount')).toBe(false);
    expect(mayNormalizeTo('(SEO) strategist', 'seostrategist')).toBe(true);
    expect(mayNormalizeTo('Éditeur', 'editeur')).toBe(true);
    expect(mayNormalizeTo('---', '')).toBe(true);
    expect(mayNormalizeTo('---', 'a')).toBe(false);
  });
});
