import { z } from 'zod';

/**
 * The one definition of the knowledge-base format. The TypeScript types below
 * are inferred from it, the loader validates every file with it, and
 * `career schema` turns it into JSON Schema, so the three cannot drift apart.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id, like "seo-specialist"');
const text = z.string().trim().min(1, 'must not be empty');

export const trackSchema = z.strictObject({
  id,
  title: text,
  /** What a person in this track is called: "digital marketer". */
  practitioner: text,
  /** What the track is responsible for, in one sentence. */
  responsibility: text,
  /** Where the track puts its attention, in one sentence. */
  focus: text,
});

export const levelSchema = z.strictObject({
  id,
  title: text,
  summary: text,
});

export const roleSchema = z.strictObject({
  id,
  title: text,
  track: id,
  level: id,
  summary: text,
  aliases: z.array(text).default([]),
  responsibilities: z.array(text).min(1, 'must list at least one responsibility'),
  /** Ids of the roles this one can advance to: an editorial judgement. */
  advancesTo: z.array(id).default([]),
});

export const signalSchema = z.strictObject({
  id,
  title: text,
  statement: text,
});

export const guidanceTopicSchema = z.strictObject({
  id,
  title: text,
  summary: text,
  points: z.array(text).min(1, 'must make at least one point'),
  /** Whether the preparation areas belong under this topic when it is shown. */
  preparation: z.boolean().default(false),
});

export const preparationAreaSchema = z.strictObject({
  id,
  title: text,
  detail: text,
});

/** One YAML file: every section is optional, so a file may hold any part. */
export const knowledgeBaseFileSchema = z.strictObject({
  tracks: z.array(trackSchema).optional(),
  levels: z.array(levelSchema).optional(),
  roles: z.array(roleSchema).optional(),
  signals: z.array(signalSchema).optional(),
  guidance: z.array(guidanceTopicSchema).optional(),
  preparation: z.array(preparationAreaSchema).optional(),
});

export type Track = z.infer<typeof trackSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Signal = z.infer<typeof signalSchema>;
export type GuidanceTopic = z.infer<typeof guidanceTopicSchema>;
export type PreparationArea = z.infer<typeof preparationAreaSchema>;
export type KnowledgeBaseFile = z.infer<typeof knowledgeBaseFileSchema>;

/** The sections of a knowledge base, each a list of records with an id. */
export const SECTIONS = [
  'tracks',
  'levels',
  'roles',
  'signals',
  'guidance',
  'preparation',
] as const;
export type Section = (typeof SECTIONS)[number];
