// Rows reused across calls: "did you mean" over an O*NET import compares
// against fifty thousand names, and allocating rows was most of its time.
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/**
 * Edit distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of neighbours), the measure behind every
 * "did you mean". A swap counts once because "seo-specailist" is one slip of
 * the fingers, not two. With `max`, it stops as soon as the distance must
 * exceed it and returns max + 1.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (rows[0].length <= b.length)
    rows = [
      new Int32Array(b.length + 1),
      new Int32Array(b.length + 1),
      new Int32Array(b.length + 1),
    ];
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        best = Math.min(best, (before[j - 2] as number) + 1);
      }
      current[j] = best;
      if (best < smallest) smallest = best;
    }
    if (smallest > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] as number;
}

/**
 * The candidates close enough to `input` to be what was meant, closest
 * first. "Close enough" is at most a third of the longer word wrong, the
 * threshold npm and commander use for their own suggestions.
 */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.max(1, Math.floor(Math.max(input.length, candidate.length) / 3))) {
      scored.push({ candidate, distance });
    }
  }
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** `did you mean "a", "b" or "c"?`, or an empty string when nothing is close. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `"${s}"`);
  const last = quoted.pop() as string;
  return quoted.length === 0
    ? `did you mean ${last}?`
    : `did you mean ${quoted.join(', ')} or ${last}?`;
}

/**
 * `message, did you mean "x"?` when something is close enough; when not, the
 * message alone, or followed by `otherwise` (where to look instead).
 */
export function suggesting(
  message: string,
  suggestions: readonly string[],
  otherwise = '',
): string {
  const hint = didYouMean(suggestions);
  return hint ? `${message}, ${hint}` : `${message}${otherwise}`;
}
