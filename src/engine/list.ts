import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Level, Role, Track } from '../knowledge-base/schema.js';
import { normalize } from '../text/normalize.js';
import { allLevels, roleRank } from './levels.js';

export interface RoleFilter {
  track?: Track;
  level?: Level;
}

/**
 * The roles that match the filter, grouped the way people read them: by
 * track, then by level, each in the order the knowledge base defines them,
 * and within a group in the order the roles were written.
 */
export function listRoles(knowledgeBase: KnowledgeBase, filter: RoleFilter = {}): Role[] {
  const trackOrder = new Map(knowledgeBase.tracks.map((t, i) => [t.id, i]));
  // Each role's place worked out once, not at every comparison of the sort.
  return knowledgeBase.roles
    .filter(
      (role) =>
        (!filter.track || role.track === filter.track.id) &&
        (!filter.level || role.level === filter.level.id),
    )
    .map((role, index) => ({
      role,
      index,
      track: trackOrder.get(role.track) ?? 0,
      rank: roleRank(knowledgeBase, role),
    }))
    .sort((a, b) => a.track - b.track || a.rank - b.rank || a.index - b.index)
    .map(({ role }) => role);
}

/** A track by id or title, loosely: "ecommerce", "E-commerce" and "e-commerce" all match. */
export function findTrack(knowledgeBase: KnowledgeBase, name: string): Track | undefined {
  const key = normalize(name);
  return knowledgeBase.tracks.find((t) => normalize(t.id) === key || normalize(t.title) === key);
}

/** A level by id or title, loosely. */
export function findLevel(knowledgeBase: KnowledgeBase, name: string): Level | undefined {
  const key = normalize(name);
  return allLevels(knowledgeBase).find(
    (l) => normalize(l.id) === key || normalize(l.title) === key,
  );
}
