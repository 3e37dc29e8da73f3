import type { Role } from '../../knowledge-base/schema.js';

/**
 * A role as a knowledge-base file holds it: the fields written by hand, in
 * the files' order, and nothing worked out (what leads to it, the skills
 * its text names). `show --yaml` prints these under `roles:`, so that its
 * output is a file `--data` loads as it is. A responsibility with a theme
 * or examples is written back as the mapping it was read from.
 */
export function storedRole(role: Role): Record<string, unknown> {
  const details = 'details' in role ? role.details : undefined;
  const responsibilities = role.responsibilities.map((text, index) => {
    const detail = details?.[index];
    return detail && (detail.theme || detail.examples) ? { text, ...detail } : text;
  });
  return {
    id: role.id,
    title: role.title,
    track: role.track,
    level: role.level,
    ...(role.code !== undefined ? { code: role.code } : {}),
    ...(role.source !== undefined ? { source: role.source } : {}),
    summary: role.summary,
    ...(role.aliases.length > 0 ? { aliases: [...role.aliases] } : {}),
    responsibilities,
    ...(role.skills !== undefined ? { skills: [...role.skills] } : {}),
    ...(role.withoutSkills !== undefined ? { withoutSkills: [...role.withoutSkills] } : {}),
    ...(role.advancesTo.length > 0 ? { advancesTo: [...role.advancesTo] } : {}),
    ...(role.related !== undefined ? { related: [...role.related] } : {}),
  };
}
