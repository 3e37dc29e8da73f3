/**
 * Edit distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of neighbours), the measure behind every
 * "did you mean". A swap counts once because "seo-specailist" is one slip of
 * the fingers, not two.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1);
      }
      current.push(best);
    }
    before = previous;
    previous = current;
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
