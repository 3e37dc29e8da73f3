import { describe, expect, it } from 'vitest';
import { quote, shorten } from '../../src/text/quote.js';

describe('quoting a value in a message', () => {
  it('keeps a short text whole and cuts a long one at 60 characters with an ellipsis', () => {
    expect(quote('usualy')).toBe('"usualy"');
    expect(quote('a'.repeat(60))).toBe(`"${'a'.repeat(60)}"`);
    expect(quote('a'.repeat(61))).toBe(`"${'a'.repeat(60)}…"`);
    expect(quote(7)).toBe('7');
  });

  it('counts characters, never cutting an emoji in half', () => {
    expect(shorten('😀'.repeat(60))).toBe('😀'.repeat(60));
    expect(shorten('😀'.repeat(61))).toBe(`${'😀'.repeat(60)}…`);
    expect(shorten(`a${'😀'.repeat(200)}`, 3)).toBe('a😀😀…');
  });

  it('stays on one line whatever the value holds', () => {
    expect(quote('two\nlines')).toBe('"two\\nlines"');
  });
});
