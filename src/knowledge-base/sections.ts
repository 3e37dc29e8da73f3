/**
 * The list sections of a knowledge base, each a list of records with an id,
 * in the order they are shown and joined. Here, apart from schema.ts, so that
 * what needs only their names (the cache's shape check, an empty knowledge
 * base) does not load zod. Adding a section: its name here and its record
 * schema in schema.ts's SECTION_SCHEMAS (the compiler asks for it); the file
 * schema, the loader's checks and the KnowledgeBase type follow from those.
 */
export const SECTIONS = [
  'tracks',
  'levels',
  'roles',
  'signals',
  'guidance',
  'preparation',
  'sources',
  'skills',
] as const;

export type Section = (typeof SECTIONS)[number];
