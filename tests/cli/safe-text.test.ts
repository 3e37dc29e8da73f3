import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { style } from '../../src/cli/color.js';
import { safeStream, safeText } from '../../src/cli/safe-text.js';

describe('text made safe where it is written', () => {
  it('keeps the program’s colours exactly as chalk draws them', async () => {
    const chalk = new Chalk({ level: 1 });
    const s = await style(1);
    const text = s.bold(`a ${s.cyan('b')} c\nd ${s.dim('e')}`);
    expect(safeText(text)).toBe(chalk.bold(`a ${chalk.cyan('b')} c\nd ${chalk.dim('e')}`));
  });

  it('escapes the data’s control characters, inside a colour or not', async () => {
    const s = await style(1);
    expect(safeText(`${s.red('\u001b]0;x\u0007')} \u001b[2J\r\u009b`)).toBe(
      '\u001b[31m\\x1b]0;x\\x07\u001b[39m \\x1b[2J\\x0d\\x9b',
    );
  });

  it('keeps newlines and tabs, and text with nothing to escape as it is', () => {
    expect(safeText('a\tb\nc ☃')).toBe('a\tb\nc ☃');
  });

  it('escapes every write through a safe stream', () => {
    const written: string[] = [];
    const stream = safeStream({ write: (chunk: string) => written.push(chunk), isTTY: true });
    stream.write('\u001b[2J');
    expect(written).toEqual(['\\x1b[2J']);
    expect(stream.isTTY).toBe(true);
  });
});
