import { z } from 'zod';
import { SECTIONS, type Section } from './sections.js';

/**
 * The one definition of the knowledge-base format. The TypeScript types below
 * are inferred from it, the loader validates every file with it, and
 * `career schema` turns it into JSON Schema, so the three cannot drift apart.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id, like "seo-specialist"');
const text = z.string().trim().min(1, 'must not be empty');

export const levelSchema = z.strictObject({
  id,
  title: text,
  summary: text.optional(),
  /**
   * Seniority: a higher rank is a more senior level. It decides whether a
   * move is a promotion, a lateral move or a step down; without it, the
   * order of the list is the order of seniority.
   */
  rank: z.number().int('must be a whole number').optional(),
  /**
   * The scale the level is on, where a knowledge base holds two: levels of
   * two scales (O*NET's job zones layered over a company's ladder) are
   * never compared, so a move between them is neither up nor down. Without
   * it, a level is on the knowledge base's one scale.
   */
  scale: id.optional(),
});

export const trackSchema = z.strictObject({
  id,
  title: text,
  /** What a person in this track is called: "digital marketer". */
  practitioner: text.optional(),
  /** What the track is responsible for, in one sentence. */
  responsibility: text.optional(),
  /** Where the track puts its attention, in one sentence. */
  focus: text.optional(),
  /**
   * The track's own levels, lowest first, when they differ from the global
   * list (a discipline with four levels beside one with seven): its roles
   * use these, and the global list stays the default for other tracks.
   */
  levels: z.array(levelSchema).min(1, 'must list at least one level').optional(),
  /**
   * Whether a level keeps every expectation of the levels below it, as in
   * most company ladders: each role then lists what its level adds, and
   * compare and path treat the lower levels' responsibilities as kept.
   */
  cumulative: z.boolean().optional(),
});

/** What a skill is: a way of working, a product people use, or something to know. */
export const SKILL_KINDS = ['practice', 'tool', 'knowledge'] as const;

/**
 * One skill of the taxonomy. Its terms are the words and phrases that name
 * it (synonyms, word forms, abbreviations, brand names): a responsibility
 * whose text holds one of them carries the skill, so every knowledge base
 * gets skills without tagging each responsibility by hand.
 */
export const skillSchema = z.strictObject({
  id,
  title: text,
  kind: z.enum(SKILL_KINDS),
  /** One line: what it is. */
  description: text,
  terms: z.array(text).min(1, 'must list at least one word or phrase that names it'),
  /**
   * For a practice: whether it is a channel the work is done in (SEO, email,
   * social media) rather than the work itself (analyzing, reporting,
   * coordinating). Two responsibilities are the same work when they share
   * what they do; sharing only a channel counts for less.
   */
  channel: z.boolean().optional(),
  /** For a tool: the practices it serves, so a tool a role uses is tied to the responsibilities that need it. */
  usedFor: z.array(id).optional(),
  /** A piece of work that shows the skill, for plans: "one landing-page A/B test, with its result". */
  deliverable: text.optional(),
  /** What to collect to show it: "the test report, shared with your manager". */
  evidence: text.optional(),
});

/**
 * One responsibility: its text, or the text with the theme it belongs to
 * (a ladder's "Impact", "Craft") and examples of it. The theme groups
 * responsibilities for reading; it never enters any similarity measure.
 */
export const responsibilitySchema = z.union([
  text,
  z.strictObject({
    text,
    theme: text.optional(),
    examples: z.array(text).optional(),
  }),
]);

/** What a responsibility carries beyond its text, kept beside `responsibilities` (see `details`). */
export interface ResponsibilityDetail {
  theme?: string;
  examples?: string[];
}

/** The fields of a role as written in a file (the hints for unknown fields name these). */
export const roleFields = z.strictObject({
  id,
  title: text,
  track: id,
  level: id,
  summary: text,
  aliases: z.array(text).default([]),
  responsibilities: z.array(responsibilitySchema).min(1, 'must list at least one responsibility'),
  /** Ids of the roles this one can advance to: an editorial judgement. */
  advancesTo: z.array(id).default([]),
  /** An occupation code, for roles drawn from a classification such as O*NET-SOC. */
  code: text.optional(),
  /** Ids of related roles: a link both ways, not a step up (loops are fine here). */
  related: z.array(id).optional(),
  /** The id of the source (in "sources") the role was drawn from. */
  source: id.optional(),
  /** Skill ids the role uses beyond those its responsibilities name (its tools, mostly). */
  skills: z.array(id).optional(),
  /** Skill ids its responsibilities name that the role does not really use (a term matched by accident). */
  withoutSkills: z.array(id).optional(),
});

/**
 * A role as the program uses it: `responsibilities` are always their texts,
 * so every reader (similarity, skills, search, answers fingerprints) works
 * on text; a theme or examples, where a file gives them, go to `details`,
 * index for index, present only when some responsibility has them.
 */
export const roleSchema = roleFields.transform((role) => {
  const items = role.responsibilities;
  const responsibilities = items.map((item) => (typeof item === 'string' ? item : item.text));
  if (items.every((item) => typeof item === 'string' || (!item.theme && !item.examples)))
    return { ...role, responsibilities };
  const details: ResponsibilityDetail[] = items.map((item) =>
    typeof item === 'string'
      ? {}
      : {
          ...(item.theme ? { theme: item.theme } : {}),
          ...(item.examples ? { examples: item.examples } : {}),
        },
  );
  return { ...role, responsibilities, details };
});

/** Where roles came from, and the attribution their licence asks for. */
export const sourceSchema = z.strictObject({
  id,
  title: text,
  /** Shown with every role drawn from this source. */
  attribution: text,
  license: text.optional(),
  url: text.optional(),
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
  /** What to produce to show the area is studied, for the plan. */
  deliverable: text.optional(),
});

const share = z.number().min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1');

/** One answer on a graded scale, and what it says about the person. */
export const answerOptionSchema = z.strictObject({
  id,
  /** How the answer is offered in the prompt. */
  label: text,
  /** What choosing it says, in the result: "You consistently meet your goals." */
  reason: text,
  /** Its contribution to the question, from 0 (none) to 1 (full). */
  score: share,
});

/**
 * One question of the readiness check. `scale` questions offer options;
 * `responsibilities` questions list the target role's responsibilities to
 * tick; `preparation` questions list the preparation areas to tick.
 */
export const questionSchema = z.strictObject({
  id,
  /** The readiness signal this question measures, if any. */
  signal: id.optional(),
  title: text,
  prompt: text,
  kind: z.enum(['scale', 'responsibilities', 'preparation']),
  /** Relative weight in the overall score. */
  weight: z.number().positive('must be more than 0'),
  options: z.array(answerOptionSchema).min(2, 'must offer at least two options').optional(),
  /**
   * The next step for a gap. For a scale, advice given when the answer
   * scores below `gapBelow`; for a list, a line per unticked item, with
   * `{item}` standing for it.
   */
  step: text,
  /** What the step produces, for the plan: "a written list of this quarter's goals". */
  deliverable: text.optional(),
  /** What to collect to show it is done. */
  evidence: text.optional(),
  gapBelow: share.default(0.75),
});

/** A verdict tier: reached when the overall score is at least `minimum` and no question is below `floor`. */
export const verdictSchema = z.strictObject({
  id,
  title: text,
  summary: text,
  minimum: z.number().min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100'),
  floor: share.default(0),
  /** Floors for single questions, by id: "tasks: 0.25" asks for at least a quarter of the target's work. */
  floors: z.record(id, share).optional(),
  /** Guidance topics the plan points to with this verdict. */
  guidance: z.array(id).default([]),
});

/**
 * Every part is optional: a section that gives only `words`, or only its
 * own verdicts, takes the rest from the neutral default check
 * (default-readiness.ts) when it is loaded.
 */
export const readinessSchema = z.strictObject({
  questions: z.array(questionSchema).min(1, 'must ask at least one question').optional(),
  /** From the highest tier to the lowest; the lowest must have minimum 0. */
  verdicts: z.array(verdictSchema).min(1, 'must define at least one verdict').optional(),
  /** Guidance topics the plan points to when the move changes track. */
  crossTrackGuidance: z.array(id).default([]),
  /**
   * The words the quiz uses of the target's work, where it is not the data's
   * own text: a company ladder's criteria are "expectations" a person "has
   * shown", a job's duties are "responsibilities" one "has been given".
   */
  words: z
    .strictObject({
      /** The plural noun for the target role's listed work: "responsibilities", "expectations". */
      responsibilities: text.optional(),
      /** How having that work is said, after "you": "have been given" (the default), "have shown". */
      done: text.optional(),
    })
    .optional(),
});

/** The record of each list section (sections.ts names them). */
export const SECTION_SCHEMAS = {
  tracks: trackSchema,
  levels: levelSchema,
  roles: roleSchema,
  signals: signalSchema,
  guidance: guidanceTopicSchema,
  preparation: preparationAreaSchema,
  /** Where roles came from, with their attribution. */
  sources: sourceSchema,
  /** The skills taxonomy: practices, tools and knowledge, with the terms that name them. */
  skills: skillSchema,
} satisfies Record<Section, z.ZodType>;

/** The fields each section's records may have, for "did you mean" (a role's as written, before its transform). */
export const SECTION_FIELDS: Record<Section, z.ZodObject> = {
  ...SECTION_SCHEMAS,
  roles: roleFields,
};

/** A record of each list section, as loaded. */
export type SectionRecords = { [S in Section]: z.infer<(typeof SECTION_SCHEMAS)[S]>[] };

const sectionLists = Object.fromEntries(
  SECTIONS.map((section) => [section, z.array(SECTION_SCHEMAS[section]).optional()]),
) as { [S in Section]: z.ZodOptional<z.ZodArray<(typeof SECTION_SCHEMAS)[S]>> };

/** One YAML file: every section is optional, so a file may hold any part. */
export const knowledgeBaseFileSchema = z.strictObject({
  ...sectionLists,
  readiness: readinessSchema.optional(),
});

export type Track = z.infer<typeof trackSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Signal = z.infer<typeof signalSchema>;
export type GuidanceTopic = z.infer<typeof guidanceTopicSchema>;
export type PreparationArea = z.infer<typeof preparationAreaSchema>;
export type AnswerOption = z.infer<typeof answerOptionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
/** A readiness check as loaded: whole, the parts a file left out taken from the default. */
export type Readiness = Omit<z.infer<typeof readinessSchema>, 'questions' | 'verdicts'> & {
  questions: Question[];
  verdicts: Verdict[];
};
export type Source = z.infer<typeof sourceSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type SkillKind = (typeof SKILL_KINDS)[number];
export type KnowledgeBaseFile = z.infer<typeof knowledgeBaseFileSchema>;

export { SECTIONS, type Section } from './sections.js';
