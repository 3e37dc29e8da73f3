/**
 * A text as it reads inside a sentence: "The technologies you need" becomes
 * "the technologies you need", and nothing else changes. Only a leading
 * ordinary word is lower-cased: one capital then small letters, followed by
 * a space and a word that is not capitalized too. So acronyms ("SEO"),
 * names and titles ("Google Ads", "Backend Engineering"), possessives
 * ("Quillfeather's services") and themes ("Impact: leads…") keep their case.
 * A single capitalized word followed by lower-case words cannot be told from
 * a name without a dictionary: it is taken as an ordinary word.
 */
export function midSentence(text: string): string {
  const match = /^([A-Z][a-z]+)(?=$|[,;]?\s+(\S))/.exec(text);
  if (!match) return text;
  const next = match[2];
  if (next !== undefined && /\p{Lu}/u.test(next)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
