/**
 * A text with its accents taken off ("é" → "e"), so that "Café" and "cafe"
 * compare equal wherever names, words or slugs are matched. Only text with
 * something outside ASCII is decomposed: most text is ASCII, and NFKD is not free.
 */
export function foldAccents(text: string): string {
  return /[^\x20-\x7e\t\n\r]/.test(text)
    ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : text;
}
