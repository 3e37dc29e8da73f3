import { escapeControls, hasControl } from '../text/controls.js';
import type { Io, OutputStream } from './io.js';

/**
 * Text from the knowledge base, answers and history is data, and data must
 * never drive the terminal: a title holding `ESC ]0;…BEL` would set the
 * window title, `ESC [2J` clear the screen, `ESC ]52;…` write the clipboard.
 *
 * The design: every control character (all but newline and tab) is shown
 * escaped, as `\x1b`, at the one place output is written (`main` wraps
 * stdout and stderr with `safeStream`), so no renderer, present or future,
 * can forget it. The program's own colour is the one exception, and it
 * cannot be told apart from data by looking at the bytes, so the styles
 * (color.ts) never emit a raw ESC: they emit a marker that stands for one,
 * and only here does the marker become ESC again. The marker is made
 * afresh by each run, so no file written before the run can contain it
 * and pass an escape off as the program's own. (Sanitizing data before
 * styling instead would have to be done by every renderer for every field:
 * one forgotten field is one injection.)
 *
 * JSON and YAML keep the data as data: their writers escape control
 * characters themselves (records.ts, output-format.ts), so none reaches
 * this point raw.
 */
const MARKER_KEY = Symbol.for('career-advisor.trusted-escape');

/** Shared through globalThis: each bundled file has its own copy of this module. */
function marker(): string {
  const shared = globalThis as unknown as Record<symbol, string | undefined>;
  shared[MARKER_KEY] ??=
    `\uE000${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}\uE001`;
  return shared[MARKER_KEY];
}

/** An escape sequence the program itself means (a colour), to survive `safeText`. */
export function trusted(sequence: string): string {
  return sequence.replaceAll('\u001b', marker());
}

/** Text as it may reach a terminal: data's control characters escaped, the program's colours kept. */
export function safeText(chunk: string): string {
  const mark = marker();
  const marked = chunk.includes(mark);
  if (!marked && !hasControl(chunk)) return chunk;
  return (marked ? chunk.split(mark) : [chunk]).map(escapeControls).join('\u001b');
}

/** The stream with every write made safe; everything else (isTTY, columns) is the stream's own. */
export function safeStream(stream: OutputStream): OutputStream {
  return Object.create(stream, {
    write: { value: (chunk: string) => stream.write(safeText(chunk)) },
  }) as OutputStream;
}

/** The world with its output streams made safe; stdin is untouched (and still made only when read). */
export function safeIo(io: Io): Io {
  return Object.create(io, {
    stdout: { value: safeStream(io.stdout), enumerable: true },
    stderr: { value: safeStream(io.stderr), enumerable: true },
  }) as Io;
}
