import type { KnowledgeBase } from './model.js';

/**
 * A quick check that a value read back from the cache has the shape of a
 * loaded knowledge base: every field the program reads, of the type it
 * expects, and every list the schema requires to be non-empty non-empty.
 * It is not the schema (zod is not loaded on the warm path, and what was
 * cached was validated when it was written): it stands between a cache file
 * that passed its checksum but holds something else, and code that would
 * crash on it. One pass over the data, with no copies.
 *
 * The records mirror schema.ts field for field (a test keeps them in step).
 */
type Check = (value: unknown) => boolean;

const string: Check = (value) => typeof value === 'string';
const number: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const boolean: Check = (value) => typeof value === 'boolean';
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
// Indexed loops, and text lists checked without a call per item: the warm path pays for every
// alias and responsibility of a large knowledge base here.
const list = (check: Check, min = 0): Check =>
  check === string
    ? (value) => {
        if (!Array.isArray(value) || value.length < min) return false;
        for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
        return true;
      }
    : (value) => {
        if (!Array.isArray(value) || value.length < min) return false;
        for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
        return true;
      };
const oneOf =
  (...values: string[]): Check =>
  (value) =>
    typeof value === 'string' && values.includes(value);

export type Fields = Record<string, Check>;

/** A plain object (a record keyed by id) whose own values all pass. */
const values =
  (check: Check): Check =>
  (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    for (const item of Object.values(value)) if (!check(item)) return false;
    return true;
  };

function record(fields: Fields): Check {
  const keys = Object.keys(fields);
  const checks = Object.values(fields);
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    for (let i = 0; i < keys.length; i++)
      if (!(checks[i] as Check)((value as Record<string, unknown>)[keys[i] as string]))
        return false;
    return true;
  };
}

export const TRACK_FIELDS: Fields = {
  id: string,
  title: string,
  practitioner: optional(string),
  responsibility: optional(string),
  focus: optional(string),
};
export const LEVEL_FIELDS: Fields = {
  id: string,
  title: string,
  summary: optional(string),
  rank: optional(number),
};
export const ROLE_FIELDS: Fields = {
  id: string,
  title: string,
  track: string,
  level: string,
  summary: string,
  aliases: list(string),
  responsibilities: list(string, 1),
  advancesTo: list(string),
  code: optional(string),
  related: optional(list(string)),
  source: optional(string),
  skills: optional(list(string)),
  withoutSkills: optional(list(string)),
};
export const SKILL_FIELDS: Fields = {
  id: string,
  title: string,
  kind: oneOf('practice', 'tool', 'knowledge'),
  description: string,
  terms: list(string, 1),
  channel: optional(boolean),
  usedFor: optional(list(string)),
  deliverable: optional(string),
  evidence: optional(string),
};
export const SOURCE_FIELDS: Fields = {
  id: string,
  title: string,
  attribution: string,
  license: optional(string),
  url: optional(string),
};
export const SIGNAL_FIELDS: Fields = { id: string, title: string, statement: string };
export const GUIDANCE_FIELDS: Fields = {
  id: string,
  title: string,
  summary: string,
  points: list(string, 1),
  preparation: boolean,
};
export const PREPARATION_FIELDS: Fields = {
  id: string,
  title: string,
  detail: string,
  deliverable: optional(string),
};
export const OPTION_FIELDS: Fields = { id: string, label: string, reason: string, score: number };
export const QUESTION_FIELDS: Fields = {
  id: string,
  signal: optional(string),
  title: string,
  prompt: string,
  kind: oneOf('scale', 'responsibilities', 'preparation'),
  weight: number,
  options: optional(list(record(OPTION_FIELDS), 2)),
  step: string,
  deliverable: optional(string),
  evidence: optional(string),
  gapBelow: number,
};
export const VERDICT_FIELDS: Fields = {
  id: string,
  title: string,
  summary: string,
  minimum: number,
  floor: number,
  floors: optional(values(number)),
  guidance: list(string),
};
/** What the loader works out of each role's skills (model.ts RoleSkill). */
export const ROLE_SKILL_FIELDS: Fields = {
  skill: string,
  responsibilities: list(number),
  tagged: boolean,
};
export const READINESS_FIELDS: Fields = {
  questions: list(record(QUESTION_FIELDS), 1),
  verdicts: list(record(VERDICT_FIELDS), 1),
  crossTrackGuidance: list(string),
};

const knowledgeBase = record({
  tracks: list(record(TRACK_FIELDS)),
  levels: list(record(LEVEL_FIELDS)),
  roles: list(record(ROLE_FIELDS)),
  signals: list(record(SIGNAL_FIELDS)),
  guidance: list(record(GUIDANCE_FIELDS)),
  preparation: list(record(PREPARATION_FIELDS)),
  sources: list(record(SOURCE_FIELDS)),
  skills: list(record(SKILL_FIELDS)),
  roleSkills: values(list(record(ROLE_SKILL_FIELDS))),
  readiness: optional(record(READINESS_FIELDS)),
});

/** Whether a value read back from the cache can be used as a knowledge base. */
export function isKnowledgeBase(value: unknown): value is KnowledgeBase {
  return knowledgeBase(value);
}
