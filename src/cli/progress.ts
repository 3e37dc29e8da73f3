import type { OutputStream } from './io.js';
import { trusted } from './safe-text.js';

/** To the start of the line, and clear it: escapes, since a carriage return is a control character safe-text escapes. */
const CLEAR_LINE = trusted('\u001b[1G\u001b[K');

export interface Progress {
  /** Says what the work is doing now, once it has run long enough to be worth a line. */
  step(what: string): void;
  /** Takes the line away: call before anything else is printed (finally). */
  done(): void;
}

/**
 * One line on stderr, redrawn in place, for work that takes longer than a
 * second (an O*NET import takes two: 0.7 s to read, convert and write, 1.2 s
 * to check): on a terminal only, never in a pipe or a log. The work is
 * synchronous between steps, so the line changes at steps, not on a timer,
 * and it starts at the first step after half a second: work that has taken
 * that long before a step will mostly take over a second in all, and a step
 * at 1 s could be the last. A quick run prints nothing.
 */
export function progress(
  stream: OutputStream,
  label: string,
  now: () => Date = () => new Date(),
  after = 500,
): Progress {
  const start = now().getTime();
  let shown = false;
  return {
    step(what) {
      if (!stream.isTTY) return;
      if (!shown && now().getTime() - start < after) return;
      shown = true;
      // One line, or clearing it would leave the part that wrapped.
      const line = `career: ${label}: ${what}…`;
      const width = (stream.columns ?? 80) - 1;
      stream.write(CLEAR_LINE + (line.length > width ? `${line.slice(0, width - 1)}…` : line));
    },
    done() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
