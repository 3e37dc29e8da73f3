import type {
  GuidanceTopic,
  Level,
  PreparationArea,
  Readiness,
  Role,
  Signal,
  Source,
  Track,
} from './schema.js';

/**
 * A loaded, validated knowledge base: every file's sections joined, in the
 * order the files were read. It is plain data (it round-trips through JSON),
 * which is what lets the built-in one ship pre-validated.
 */
export interface KnowledgeBase {
  tracks: Track[];
  levels: Level[];
  roles: Role[];
  signals: Signal[];
  guidance: GuidanceTopic[];
  preparation: PreparationArea[];
  /** Where roles came from, with their attribution. */
  sources: Source[];
  /** The promotion-readiness check: questions, weights and verdicts. */
  readiness?: Readiness;
}

export function emptyKnowledgeBase(): KnowledgeBase {
  return {
    tracks: [],
    levels: [],
    roles: [],
    signals: [],
    guidance: [],
    preparation: [],
    sources: [],
  };
}
