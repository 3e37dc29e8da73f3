import { createHash } from 'node:crypto';
import type { KnowledgeBase } from './model.js';

const digests = new WeakMap<KnowledgeBase, string>();

/** What a digest looks like: a result or a cache entry holding anything else is not believed. */
export const DIGEST = /^sha256:[0-9a-f]{16}$/;

/**
 * The knowledge base's digest, as a quiz result and the history name the
 * data it was scored against: its JSON, hashed. Worked out once per
 * knowledge base; a cache entry keeps the digest of the knowledge base it
 * holds (cache.ts), so a warm run does not read every role for it (on an
 * O*NET import, 5 MB).
 */
export function digestOf(knowledgeBase: KnowledgeBase): string {
  let digest = digests.get(knowledgeBase);
  if (digest === undefined) {
    digest = `sha256:${createHash('sha256').update(JSON.stringify(knowledgeBase)).digest('hex').slice(0, 16)}`;
    digests.set(knowledgeBase, digest);
  }
  return digest;
}

/** The digest a cache entry kept for the knowledge base read back from it. */
export function rememberDigest(knowledgeBase: KnowledgeBase, digest: string): void {
  if (DIGEST.test(digest)) digests.set(knowledgeBase, digest);
}
