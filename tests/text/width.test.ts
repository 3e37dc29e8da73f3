import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, truncate } from '../../src/text/width.js';
import { fitLine, wrap, wrapLines } from '../../src/text/wrap.js';

const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
/** What the program's own styles write in place of ESC (src/cli/safe-text.ts). */
const marked = (text: string) => `\uE000abc123\uE001[1m${text}\uE000abc123\uE001[22m`;

describe('displayWidth', () => {
  it('counts what shows: colour and the style markers take no column', () => {
    expect(displayWidth('SEO specialist')).toBe(14);
    expect(displayWidth(red('SEO'))).toBe(3);
    expect(displayWidth(marked('SEO'))).toBe(3);
    expect(displayWidth('├─ █░ → ·')).toBe(9);
  });
});

describe('truncate', () => {
  it('cuts with an ellipsis only what is too long', () => {
    expect(truncate('seo-specialist', 14)).toBe('seo-specialist');
    expect(truncate('seo-specialist', 8)).toBe('seo-spe…');
    expect(truncate('seo', 1)).toBe('…');
    expect(padEnd(red('ab'), 4)).toBe(`${red('ab')}  `);
  });
});

describe('wrap and fitLine', () => {
  it('wraps styled text where it shows, not where its bytes end', () => {
    const text = `${marked('Digital')} marketing manager`;
    // 25 columns fit in 25, though the string is longer than that.
    expect(wrap(text, 25)).toBe(text);
    expect(wrap(text, 20)).toBe(`${marked('Digital')} marketing\nmanager`);
  });

  it('keeps a line that fits as it is, spacing and all, and wraps one that does not with its indent', () => {
    expect(fitLine('  a  b', 10)).toBe('  a  b');
    expect(fitLine('  Performance  usually  65', 16, '    ')).toBe('  Performance\n    usually 65');
  });
});

describe('wrapLines', () => {
  it('wraps a table row under its second column, its first kept as it is', () => {
    expect(wrapLines('  2    usage error: a bad command line\n  70   ok', 24)).toBe(
      '  2    usage error: a\n       bad command line\n  70   ok',
    );
  });
});
