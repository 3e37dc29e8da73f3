import type { Readiness, SectionRecords } from './schema.js';
import { SECTIONS } from './sections.js';

/**
 * A loaded, validated knowledge base: every file's sections joined, in the
 * order the files were read. It is plain data (it round-trips through JSON),
 * which is what lets the built-in one ship pre-validated.
 */
export interface KnowledgeBase extends SectionRecords {
  /**
   * Worked out by the loader, not written by hand: each role's skills and the
   * responsibilities that carry them (see skill-index.ts). Kept with the
   * knowledge base so that the built-in one ships it and a user's is cached
   * with it.
   */
  roleSkills: Record<string, RoleSkill[]>;
  /**
   * Worked out by the loader with the role skills: how many roles name each
   * skill in their own words, by skill id (countRolesPerSkill). Kept with the
   * rest, not with the role skills, so that a command about two roles knows
   * which skills are common (engine/generic-skills.ts) without reading every
   * role's skills. Absent from one built by hand.
   */
  rolesPerSkill?: Record<string, number>;
  /** The promotion-readiness check: questions, weights and verdicts. */
  readiness?: Readiness;
  /**
   * Set when files were layered over the built-in knowledge base: what of it
   * is still the built-in data's (a file did not replace it), by id. Its
   * readiness check, preparation areas and guidance are about digital
   * marketing and e-commerce, so they apply only to moves between its tracks
   * (src/readiness/check-for-move.ts).
   */
  builtin?: BuiltinContent;
}

/** The parts of a layered knowledge base that are still the built-in data's. */
export interface BuiltinContent {
  tracks: string[];
  preparation: string[];
  guidance: string[];
  /** Whether the readiness check is the built-in one (no file defined its own). */
  readiness: boolean;
}

/** A skill a role uses, and why we think so. */
export interface RoleSkill {
  skill: string;
  /** Indexes (from 0) of the responsibilities that carry it: they name it, or need it (a tool's practices). */
  responsibilities: number[];
  /** True when the role's data lists it under "skills" rather than its text naming it. */
  tagged: boolean;
}

export function emptyKnowledgeBase(): KnowledgeBase {
  const sections = Object.fromEntries(
    SECTIONS.map((section) => [section, []]),
  ) as unknown as SectionRecords;
  return { ...sections, roleSkills: {} };
}
