/**
 * The form in which names are compared: lower case, letters and digits only.
 * "SEO Specialist", "seo_specialist" and "seo-specialist" all become
 * "seospecialist"; "E-commerce" and "ecommerce" both become "ecommerce".
 */
export function normalize(name: string): string {
  // Unicode decomposition is the slow part, and most names are plain ASCII.
  const ascii = !/[^\x20-\x7e]/.test(name)
    ? name
    : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The words of a name, lower case, for matching by word. */
export function words(name: string): string[] {
  const ascii = !/[^\x20-\x7e]/.test(name)
    ? name
    : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}
