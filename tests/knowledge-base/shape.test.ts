import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { emptyKnowledgeBase } from '../../src/knowledge-base/model.js';
import { knowledgeBaseFileSchema, SECTIONS } from '../../src/knowledge-base/schema.js';
import { isKnowledgeBase } from '../../src/knowledge-base/shape.js';
import { ROOT } from '../helpers/cli.js';

describe('the shape check of cached knowledge bases', () => {
  it('knows every section of the schema, and every part of a loaded knowledge base', () => {
    expect(Object.keys(knowledgeBaseFileSchema.shape)).toEqual([...SECTIONS, 'readiness']);
    expect(Object.keys(emptyKnowledgeBase())).toEqual([...SECTIONS, 'roleSkills']);
  });

  it('accepts what the loader loads, as the cache gives it back', () => {
    const loaded = loadKnowledgeBase([join(ROOT, 'data')]);
    expect(isKnowledgeBase(JSON.parse(JSON.stringify(loaded)))).toBe(true);
    expect(isKnowledgeBase(emptyKnowledgeBase())).toBe(true);
  });
});
