import { foldAccents } from './fold.js';

/**
 * The form in which names are compared: lower case, letters and digits only.
 * "SEO Specialist", "seo_specialist" and "seo-specialist" all become
 * "seospecialist"; "E-commerce" and "ecommerce" both become "ecommerce".
 */
export function normalize(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The words of a name, lower case, for matching by word. */
export function words(name: string): string[] {
  return foldAccents(name)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * False only when `normalize(name)` cannot be `key`: its first letter or
 * digit, read without allocating, is another. Scanning the 55,000 aliases
 * of an O*NET import this way normalizes a few hundred of them, not all.
 * A name with a character beyond ASCII before its first letter is left to
 * `normalize`, whose folding decides.
 */
export function mayNormalizeTo(name: string, key: string): boolean {
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code > 0x7e) return true;
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39))
      return lower === key.charCodeAt(0);
  }
  return key === '';
}
