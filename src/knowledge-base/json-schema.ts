import { z } from 'zod';
import { knowledgeBaseFileSchema } from './schema.js';

/**
 * The JSON Schema of a knowledge-base file, made from the very schema the
 * loader validates with, for editors (the YAML language server) to check a
 * file as it is typed. "input" describes what a file may hold: fields with
 * defaults are optional.
 */
export function knowledgeBaseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(knowledgeBaseFileSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'career-advisor knowledge base',
    description:
      'A file of roles, tracks, levels, readiness signals, guidance and sources for career-advisor. Every section is optional.',
  };
}
