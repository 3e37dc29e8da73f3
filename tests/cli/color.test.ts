import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

const tty = { write: () => true, isTTY: true };
const pipe = { write: () => true, isTTY: false };

describe('colour decision', () => {
  it('colours a terminal and not a pipe', () => {
    expect(colorLevel(tty, { TERM: 'xterm' })).toBe(1);
    expect(colorLevel(tty, { TERM: 'xterm-256color' })).toBe(2);
    expect(colorLevel(tty, { COLORTERM: 'truecolor' })).toBe(3);
    expect(colorLevel(pipe, { TERM: 'xterm' })).toBe(0);
  });

  it('turns colour off with --no-color, NO_COLOR or TERM=dumb', () => {
    expect(colorLevel(tty, { TERM: 'xterm' }, true)).toBe(0);
    expect(colorLevel(tty, { NO_COLOR: '1' })).toBe(0);
    expect(colorLevel(tty, { TERM: 'dumb' })).toBe(0);
  });

  it('ignores an empty NO_COLOR, as no-color.org says', () => {
    expect(colorLevel(tty, { NO_COLOR: '' })).toBe(1);
  });

  it('forces colour with FORCE_COLOR, except when NO_COLOR or --no-color say otherwise', () => {
    expect(colorLevel(pipe, { FORCE_COLOR: '1' })).toBe(1);
    expect(colorLevel(pipe, { FORCE_COLOR: '' })).toBe(1);
    expect(colorLevel(pipe, { FORCE_COLOR: '3' })).toBe(3);
    expect(colorLevel(pipe, { FORCE_COLOR: '1', TERM: 'dumb' })).toBe(1);
    expect(colorLevel(tty, { FORCE_COLOR: '0' })).toBe(0);
    expect(colorLevel(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(0);
    expect(colorLevel(pipe, { FORCE_COLOR: '1' }, true)).toBe(0);
  });
});
