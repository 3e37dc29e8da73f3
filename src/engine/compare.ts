import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role, Track } from '../knowledge-base/schema.js';
import { alikeResponsibilities } from './alike.js';
import { roleRank } from './levels.js';
import { type SkillUse, skillOverlap } from './skills.js';

export interface Comparison {
  a: Role;
  b: Role;
  sameTrack: boolean;
  sameLevel: boolean;
  /** Responsibilities that are the same work, one from each role (see alike.ts). */
  shared: { a: string; b: string; similarity: number }[];
  onlyA: string[];
  onlyB: string[];
  /** The skills both roles use, and those only one uses, with the responsibilities that carry them. */
  sharedSkills: SkillUse[];
  onlyASkills: SkillUse[];
  onlyBSkills: SkillUse[];
  /** When the roles sit in different tracks: what each track is for. */
  tracks: { a: Track; b: Track } | null;
  /**
   * In a cumulative track (a level keeps the expectations of those below),
   * the lower role's responsibilities the higher one keeps: they are not
   * "only" the lower role's, and the higher one's own are what it adds.
   * Null when the track is not cumulative, or the roles share a level.
   */
  kept: { by: 'a' | 'b'; items: string[] } | null;
}

export function compareRoles(knowledgeBase: KnowledgeBase, a: Role, b: Role): Comparison {
  const result = alikeResponsibilities(knowledgeBase, a, b);
  const skills = skillOverlap(knowledgeBase, a, b);
  const trackA = knowledgeBase.tracks.find((t) => t.id === a.track);
  const trackB = knowledgeBase.tracks.find((t) => t.id === b.track);
  const onlyA = result.onlyA.map((i) => a.responsibilities[i] as string);
  const onlyB = result.onlyB.map((j) => b.responsibilities[j] as string);
  const up = roleRank(knowledgeBase, b) - roleRank(knowledgeBase, a);
  const cumulative = a.track === b.track && trackA?.cumulative === true && up !== 0;
  const kept: Comparison['kept'] = cumulative
    ? up > 0
      ? { by: 'b', items: onlyA }
      : { by: 'a', items: onlyB }
    : null;
  return {
    a,
    b,
    sameTrack: a.track === b.track,
    sameLevel: a.level === b.level,
    shared: result.shared.map((p) => ({
      a: a.responsibilities[p.a] as string,
      b: b.responsibilities[p.b] as string,
      similarity: p.similarity,
    })),
    onlyA: kept?.by === 'b' ? [] : onlyA,
    onlyB: kept?.by === 'a' ? [] : onlyB,
    sharedSkills: skills.shared,
    onlyASkills: skills.onlyA,
    onlyBSkills: skills.onlyB,
    tracks: a.track !== b.track && trackA && trackB ? { a: trackA, b: trackB } : null,
    kept,
  };
}
