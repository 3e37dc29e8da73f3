import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Level, Role, Track } from '../knowledge-base/schema.js';

/** The levels of a track, lowest first: its own list when it has one, else the global one. */
export function trackLevels(
  knowledgeBase: KnowledgeBase,
  track: string | Track | undefined,
): Level[] {
  const found =
    typeof track === 'string' ? knowledgeBase.tracks.find((t) => t.id === track) : track;
  return found?.levels ?? knowledgeBase.levels;
}

/** A role's level, from its track's levels. */
export function levelOf(knowledgeBase: KnowledgeBase, role: Role): Level | undefined {
  return trackLevels(knowledgeBase, role.track).find((l) => l.id === role.level);
}

/** A role's level title, or its id when the level is unknown. */
export function levelTitle(knowledgeBase: KnowledgeBase, role: Role): string {
  return levelOf(knowledgeBase, role)?.title ?? role.level;
}

/** A role's seniority: its level's rank, or the level's place in its track's list. */
export function roleRank(knowledgeBase: KnowledgeBase, role: Role): number {
  const levels = trackLevels(knowledgeBase, role.track);
  const index = levels.findIndex((l) => l.id === role.level);
  return levels[index]?.rank ?? index + 1;
}

/** Every level a role can name, each once by id: the global ones, then the tracks' own. */
export function allLevels(knowledgeBase: KnowledgeBase): Level[] {
  const seen = new Map<string, Level>();
  for (const level of knowledgeBase.levels) seen.set(level.id, level);
  for (const track of knowledgeBase.tracks)
    for (const level of track.levels ?? []) if (!seen.has(level.id)) seen.set(level.id, level);
  return [...seen.values()];
}

/**
 * Whether two roles' levels are on one scale, so that one can be called
 * higher: a level's `scale` names it (O*NET's job zones are on theirs), and
 * a level without one is on the knowledge base's own. The built-in
 * Associate and Advanced say nothing about a job zone layered over them.
 */
export function comparableLevels(knowledgeBase: KnowledgeBase, a: Role, b: Role): boolean {
  return (levelOf(knowledgeBase, a)?.scale ?? '') === (levelOf(knowledgeBase, b)?.scale ?? '');
}
