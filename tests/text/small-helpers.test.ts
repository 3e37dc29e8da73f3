import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../src/text/fold.js';
import { midSentence } from '../../src/text/mid-sentence.js';
import { capital, plural } from '../../src/text/sentence.js';
import { suggesting } from '../../src/text/similarity.js';
import { titleOf } from '../../src/text/titles.js';

describe('the small text helpers, each written once', () => {
  it('folds accents, and leaves ASCII (tabs and new lines too) as it is', () => {
    expect(foldAccents('Café Crème')).toBe('Cafe Creme');
    expect(foldAccents('São Paulo — naïve')).toBe('Sao Paulo — naive');
    expect(foldAccents('plain\ttext\n')).toBe('plain\ttext\n');
  });

  it('lower-cases a sentence mid-sentence, but never an acronym', () => {
    expect(midSentence('The technologies')).toBe('the technologies');
    expect(midSentence('SEO audits')).toBe('SEO audits');
    expect(midSentence('')).toBe('');
    expect(capital('retake the quiz')).toBe('Retake the quiz');
    expect(capital('')).toBe('');
  });

  it('counts with the right word', () => {
    expect(plural(1, 'role')).toBe('1 role');
    expect(plural(0, 'role')).toBe('0 roles');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  it('adds "did you mean" only when something is close', () => {
    expect(suggesting('unknown track "ecomerce"', ['e-commerce'])).toBe(
      'unknown track "ecomerce", did you mean "e-commerce"?',
    );
    expect(suggesting('unknown track "zzz"', [])).toBe('unknown track "zzz"');
  });

  it('finds a title by id, and falls back to the id', () => {
    const levels = [{ id: 'associate', title: 'Associate' }];
    expect(titleOf(levels, 'associate')).toBe('Associate');
    expect(titleOf(levels, 'senior')).toBe('senior');
    expect(titleOf(undefined, 'senior')).toBe('senior');
  });
});

describe('suggesting, with somewhere else to look', () => {
  it('says where to look only when nothing is close', () => {
    expect(suggesting('unknown role "x"', [], '; run "career list"')).toBe(
      'unknown role "x"; run "career list"',
    );
    expect(suggesting('unknown role "seo"', ['seo-specialist'], '; run "career list"')).toBe(
      'unknown role "seo", did you mean "seo-specialist"?',
    );
  });
});
