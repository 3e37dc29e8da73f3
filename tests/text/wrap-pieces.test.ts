import { describe, expect, it } from 'vitest';
import { wrapPieces } from '../../src/text/wrap-pieces.js';

const role = [
  { text: 'Digital marketing manager', gap: '' },
  { text: '(digital-marketing-manager)', gap: ' ' },
  { text: 'fit 16%, 16 new skills', gap: '  ', parts: ['fit 16%,', '16', 'new', 'skills'] },
];

describe('wrapPieces', () => {
  it('keeps the lead and the indent as they are, and each piece whole on the line it starts', () => {
    expect(wrapPieces('│  │  ├─ ', role, 70, '│  │  │     ').split('\n')).toEqual([
      '│  │  ├─ Digital marketing manager (digital-marketing-manager)',
      '│  │  │     fit 16%, 16 new skills',
    ]);
  });

  it('keeps a gap of two spaces where the next piece fits beside', () => {
    const pieces = [...role.slice(0, 2), { text: 'fit 16%', gap: '  ' }];
    expect(wrapPieces('│  │  ├─ ', pieces, 60, '│  │  │  ').split('\n')).toEqual([
      '│  │  ├─ Digital marketing manager',
      '│  │  │  (digital-marketing-manager)  fit 16%',
    ]);
  });

  it('breaks only a piece too wide for any line, into its parts; a part wider still stays whole', () => {
    expect(wrapPieces('└─ ', role, 20, '      ').split('\n')).toEqual([
      '└─ Digital marketing',
      '      manager',
      '      (digital-marketing-manager)',
      '      fit 16%, 16',
      '      new skills',
    ]);
  });
});
