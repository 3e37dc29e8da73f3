import type { KnowledgeBase } from './model.js';
import { SECTIONS } from './sections.js';

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Whether a value read back from the cache has the shape of a loaded
 * knowledge base at the top: every section a list, the role skills a
 * mapping, the readiness check a mapping or absent. Constant time.
 *
 * It is the second line. The first is the entry's checksum, computed over
 * its key (which names this build of the program) and its payload: an
 * entry another build wrote, whose records may have other fields, or one
 * whose payload was replaced under a checksum of its own, is never read.
 * Checking every record and string as well was measured on an O*NET cache
 * entry (4.4 MB): 5 to 8 ms in a fresh process, 4 to 7% of a warm run, too
 * much for the start-up path, against entries only this build can have
 * written.
 */
export function isKnowledgeBase(value: unknown): value is KnowledgeBase {
  if (!isObject(value)) return false;
  for (const section of SECTIONS) if (!Array.isArray(value[section])) return false;
  return isObject(value.roleSkills) && (value.readiness === undefined || isObject(value.readiness));
}
