import type { Role } from '../knowledge-base/schema.js';

export interface ThemeGroup {
  /** The theme, or undefined for responsibilities without one. */
  theme?: string;
  items: { text: string; examples: string[] }[];
}

/**
 * A role's responsibilities grouped by theme, for reading: themes in the
 * order they first appear, each with its responsibilities in their order.
 * Only display reads this: themes never enter a similarity measure.
 */
export function byTheme(role: Role): ThemeGroup[] {
  const groups = new Map<string | undefined, ThemeGroup>();
  for (const [index, text] of role.responsibilities.entries()) {
    const detail = 'details' in role ? role.details?.[index] : undefined;
    const theme = detail?.theme;
    let group = groups.get(theme);
    if (!group) {
      group = theme === undefined ? { items: [] } : { theme, items: [] };
      groups.set(theme, group);
    }
    group.items.push({ text, examples: detail?.examples ?? [] });
  }
  return [...groups.values()];
}
