import { describe, expect, it } from 'vitest';
import { midSentence } from '../../src/text/mid-sentence.js';

describe('midSentence', () => {
  it('lower-cases a leading ordinary word', () => {
    expect(midSentence('The technologies you need')).toBe('the technologies you need');
    expect(midSentence('Marketing, and driving traffic')).toBe('marketing, and driving traffic');
    expect(midSentence('Leads')).toBe('leads');
  });

  it('keeps proper nouns, titles, possessives, acronyms and themes as written', () => {
    expect(midSentence("Quillfeather's services, APIs")).toBe("Quillfeather's services, APIs");
    expect(midSentence('Backend Engineering at scale')).toBe('Backend Engineering at scale');
    expect(midSentence('Google Ads campaigns')).toBe('Google Ads campaigns');
    expect(midSentence('SEO audits')).toBe('SEO audits');
    expect(midSentence('Impact: leads the design')).toBe('Impact: leads the design');
    expect(midSentence('iOS releases')).toBe('iOS releases');
  });
});
