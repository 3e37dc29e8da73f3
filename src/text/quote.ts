/** How much of a value a message repeats: enough to recognise it, never a whole pasted document. */
export const QUOTE_MAX = 60;

/** `text` cut to `max` characters with an ellipsis, so a message stays one readable line. */
export function shorten(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  // Counted in characters, not UTF-16 units, so an emoji is never cut in half;
  // only the head is split, however long the text.
  const head = Array.from(text.slice(0, max * 2));
  if (head.length <= max && text.length <= max * 2) return text;
  return `${head.slice(0, max).join('')}…`;
}

/** A value as a message quotes it: `"usualy"`, `7`, `true`; a long text shortened. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  return shorten(String(JSON.stringify(value)));
}
