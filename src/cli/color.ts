import type { OutputStream } from './io.js';
import { trusted } from './safe-text.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Whether to colour a stream, in the order people expect: `--no-color` and
 * NO_COLOR always win, FORCE_COLOR forces it (its value picks the depth),
 * TERM=dumb turns it off, and otherwise colour is on only on a terminal.
 * chalk's own detection is not used: it ignores NO_COLOR and looks only at
 * stdout, while we decide for each stream.
 */
export function colorLevel(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
  noColorFlag = false,
): ColorLevel {
  if (noColorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as ColorLevel;
    return 1;
  }
  if (env.TERM === 'dumb') return 0;
  if (!stream.isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /-256(color)?$/i.test(env.TERM ?? '') ? 2 : 1;
}

type Paint = (text: string) => string;

/** The styles renderers use: a chalk instance has them all, and so does `plain`. */
export interface Style {
  bold: Paint;
  dim: Paint;
  underline: Paint;
  cyan: Paint;
  green: Paint;
  yellow: Paint;
  red: Paint;
}

const same: Paint = (text) => text;

/** No colour at all: what pipes, files and NO_COLOR get. */
export const plain: Style = {
  bold: same,
  dim: same,
  underline: same,
  cyan: same,
  green: same,
  yellow: same,
  red: same,
};

/**
 * The style for a colour level. chalk is loaded only when colour is on, so
 * output for scripts and pipes never pays for it.
 */
export async function style(level: ColorLevel): Promise<Style> {
  if (level === 0) return plain;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  const paint = (name: keyof Style): Paint => {
    // chalk's codes for this style, as markers: only they may become escapes (safe-text.ts).
    const [open = '', close = ''] = chalk[name]('\u0001').split('\u0001').map(trusted);
    return (text) => {
      if (text === '') return text;
      // As chalk does: an inner style that closes ours reopens it, and so does each new line.
      const body = text
        .replaceAll(close, `${close}${open}`)
        .replace(/\r?\n/g, (newline) => `${close}${newline}${open}`);
      return `${open}${body}${close}`;
    };
  };
  return {
    bold: paint('bold'),
    dim: paint('dim'),
    underline: paint('underline'),
    cyan: paint('cyan'),
    green: paint('green'),
    yellow: paint('yellow'),
    red: paint('red'),
  };
}
