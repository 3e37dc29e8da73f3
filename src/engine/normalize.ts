import { foldAccents } from '../text/fold.js';

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
