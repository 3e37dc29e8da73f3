import type { KnowledgeBase } from '../knowledge-base/model.js';

/**
 * An index built once per knowledge base, the first time it is asked for,
 * and let go with the knowledge base: what keeps lookups by id and walks
 * over every edge linear, however often a command asks.
 */
export function perKnowledgeBase<T>(build: (knowledgeBase: KnowledgeBase) => T) {
  const built = new WeakMap<KnowledgeBase, T>();
  return (knowledgeBase: KnowledgeBase): T => {
    let index = built.get(knowledgeBase);
    if (index === undefined) {
      index = build(knowledgeBase);
      built.set(knowledgeBase, index);
    }
    return index;
  };
}
