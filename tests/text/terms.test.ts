import { describe, expect, it } from 'vitest';
import { terms } from '../../src/text/terms.js';

describe('compared word forms', () => {
  it.each([
    ['optimise', 'optimization'],
    ['optimizing', 'optimize'],
    ['A/B test', 'A/B tests'],
    ['analyse', 'analyzed'],
    ['strategies', 'strategy'],
    ['evaluate', 'evaluation'],
    ['advertise', 'advertising'],
    ['e-commerce', 'ecommerce'],
    ['behaviour', 'behavior'],
  ])('%j and %j meet', (a, b) => {
    expect(terms(a)).toEqual(terms(b));
  });

  it('keeps words apart that only look alike', () => {
    expect(terms('market')).not.toEqual(terms('marketing manager'));
    expect(terms('content')).not.toEqual(terms('context'));
  });

  it('leaves stop words out', () => {
    expect(terms('the role of an SEO specialist')).toEqual(['role', 'seo', 'specialist']);
  });
});
