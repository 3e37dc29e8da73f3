/** Third-person forms that do not just drop their s. */
const IRREGULAR: Record<string, string> = { has: 'have', is: 'be', does: 'do', goes: 'go' };

/**
 * A responsibility as one asks for it: "Writes the runbook" becomes "Write
 * the runbook", and a text already in the imperative ("Plan and execute…",
 * O*NET's "Identify, develop, or evaluate…") is left as it is. A ladder
 * describes a role in the third person; a plan asks to take the work on,
 * and "ask to take on: reviews code" is not English.
 *
 * Only a first word that is a verb's third person is changed: capitalized
 * or not, ending in a single s after a letter that cannot end a base form
 * before s (so "Focus", "Assess", "Address", "Analysis" stay). Without a
 * dictionary "News…" or "Sales…" would read as verbs: a responsibility
 * rarely starts with a plural noun, and when it does it is changed.
 */
export function imperative(text: string): string {
  const match = /^(\p{L}+)(?=[\s,]|$)/u.exec(text);
  const word = match?.[1];
  if (!word) return text;
  const lower = word.toLowerCase();
  let base = IRREGULAR[lower];
  if (!base) {
    if (!/[^su]s$/.test(lower) || lower.length < 4 || /(is|ys|as|os)$/.test(lower)) {
      // "Plays" and "buys" keep their y; "is", "was", "has" and "-os/-as" words are not third persons of a verb here.
      if (!/[aeiou]ys$/.test(lower)) return text;
    }
    if (/[^aeiou]ies$/.test(lower)) base = `${lower.slice(0, -3)}y`;
    else if (/(ch|sh|ss|x|z|o)es$/.test(lower)) base = lower.slice(0, -2);
    else base = lower.slice(0, -1);
  }
  const cased = word[0] === word[0]?.toUpperCase() ? base[0]?.toUpperCase() + base.slice(1) : base;
  return cased + text.slice(word.length);
}
