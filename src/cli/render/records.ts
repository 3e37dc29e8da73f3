import { nextRoles, previousRoles } from '../../engine/graph.js';
import { roleSkills, type SkillRef, skillById, skillRef } from '../../engine/skills.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role } from '../../knowledge-base/schema.js';

/**
 * The JSON shapes of `list` and `show`: a public interface for scripts,
 * documented in docs/json.md and changed only on purpose. Tracks and levels
 * are given by id, as in the knowledge-base files.
 */
export interface RoleSummary {
  id: string;
  title: string;
  track: string;
  level: string;
  summary: string;
}

export interface RoleRecord extends RoleSummary {
  aliases: string[];
  responsibilities: string[];
  /** The skills the role uses: practices, then tools, then knowledge (see `career skills ROLE`). */
  skills: SkillRef[];
  /** Ids of the roles this one can advance to. */
  advancesTo: string[];
  /** Ids of the roles that advance to this one. */
  reachedFrom: string[];
  /** Only for roles drawn from a classification (O*NET): its occupation code. */
  code?: string;
  /** Only where given: ids of related roles. */
  related?: string[];
  /** Only for roles drawn from a source: where from, and its required attribution. */
  source?: { id: string; title: string; attribution: string; license?: string; url?: string };
  /** Only where some responsibility has them: each one's theme and examples, index for index with `responsibilities`. */
  details?: { theme?: string; examples?: string[] }[];
}

export function roleSummary(role: Role): RoleSummary {
  return {
    id: role.id,
    title: role.title,
    track: role.track,
    level: role.level,
    summary: role.summary,
  };
}

export function roleRecord(knowledgeBase: KnowledgeBase, role: Role): RoleRecord {
  return {
    ...roleSummary(role),
    aliases: [...role.aliases],
    responsibilities: [...role.responsibilities],
    skills: roleSkills(knowledgeBase, role).flatMap((entry) => {
      const skill = skillById(knowledgeBase, entry.skill);
      return skill ? [skillRef(skill)] : [];
    }),
    advancesTo: nextRoles(knowledgeBase, role).map((r) => r.id),
    reachedFrom: previousRoles(knowledgeBase, role).map((r) => r.id),
    ...(role.code !== undefined ? { code: role.code } : {}),
    ...(role.related !== undefined ? { related: [...role.related] } : {}),
    ...sourceOf(knowledgeBase, role),
    ...('details' in role && role.details ? { details: role.details.map((d) => ({ ...d })) } : {}),
  };
}

function sourceOf(knowledgeBase: KnowledgeBase, role: Role): { source?: RoleRecord['source'] } {
  const source =
    role.source === undefined ? undefined : knowledgeBase.sources.find((s) => s.id === role.source);
  return source ? { source: { ...source } } : {};
}

// JSON is written in one place for every command; re-exported for the renderers that import it here.
export { toJson } from '../output-format.js';
