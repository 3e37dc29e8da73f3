import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import {
  answerOptionSchema,
  guidanceTopicSchema,
  levelSchema,
  preparationAreaSchema,
  questionSchema,
  readinessSchema,
  roleSchema,
  signalSchema,
  skillSchema,
  sourceSchema,
  trackSchema,
  verdictSchema,
} from '../../src/knowledge-base/schema.js';
import * as shape from '../../src/knowledge-base/shape.js';
import { ROOT } from '../helpers/cli.js';

describe('the shape check of cached knowledge bases', () => {
  it('names the very fields of the schema, record by record', () => {
    const pairs: [shape.Fields, { shape: object }][] = [
      [shape.TRACK_FIELDS, trackSchema],
      [shape.LEVEL_FIELDS, levelSchema],
      [shape.ROLE_FIELDS, roleSchema],
      [shape.SOURCE_FIELDS, sourceSchema],
      [shape.SKILL_FIELDS, skillSchema],
      [shape.SIGNAL_FIELDS, signalSchema],
      [shape.GUIDANCE_FIELDS, guidanceTopicSchema],
      [shape.PREPARATION_FIELDS, preparationAreaSchema],
      [shape.OPTION_FIELDS, answerOptionSchema],
      [shape.QUESTION_FIELDS, questionSchema],
      [shape.VERDICT_FIELDS, verdictSchema],
      [shape.READINESS_FIELDS, readinessSchema],
    ];
    for (const [fields, schema] of pairs)
      expect(Object.keys(fields).sort()).toEqual(Object.keys(schema.shape).sort());
  });

  it('accepts what the loader loads: the built-in data and a file of its own', () => {
    expect(shape.isKnowledgeBase(loadKnowledgeBase([join(ROOT, 'data')]))).toBe(true);
    expect(
      shape.isKnowledgeBase(
        JSON.parse(
          JSON.stringify(loadKnowledgeBase([join(ROOT, 'tests', 'fixtures', 'ladder.yaml')])),
        ),
      ),
    ).toBe(true);
  });
});
