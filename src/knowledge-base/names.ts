import { mayNormalizeTo, normalize } from '../text/normalize.js';
import type { KnowledgeBase } from './model.js';
import type { Role } from './schema.js';

/** The names a role answers to besides its id and title: its aliases, and its occupation code. */
export const otherNames = (role: Role): string[] =>
  role.code ? [...role.aliases, role.code] : role.aliases;

/**
 * Whether one of a role's other names normalizes to `key` (text/normalize.ts),
 * most of them passed over by their first letter without normalizing them.
 */
export const answersTo = (role: Role, key: string): boolean =>
  otherNames(role).some((name) => mayNormalizeTo(name, key) && normalize(name) === key);

/** Finds the roles one of whose other names normalizes to a key (see text/normalize.ts). */
export type NameIndex = (key: string) => Role[];

const indexes = new WeakMap<KnowledgeBase, NameIndex>();

/**
 * A knowledge base read back from the cache comes with an index of its
 * other names, written with it: looking a name up then reads a few lines
 * of the entry instead of every role's aliases (see cache-layout.ts).
 */
export function setNameIndex(knowledgeBase: KnowledgeBase, index: NameIndex): void {
  indexes.set(knowledgeBase, index);
}

export const nameIndexOf = (knowledgeBase: KnowledgeBase): NameIndex | undefined =>
  indexes.get(knowledgeBase);
