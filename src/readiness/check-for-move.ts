import { DEFAULT_READINESS } from '../knowledge-base/default-readiness.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Readiness, Role } from '../knowledge-base/schema.js';

/** A knowledge base whose readiness check is always there. */
export type CheckedKnowledgeBase = KnowledgeBase & { readiness: Readiness };

/**
 * The knowledge base as the quiz sees it for one move: its readiness check,
 * or the neutral default (knowledge-base/default-readiness.ts) when it defines none. The
 * built-in data's check, preparation areas and guidance speak of digital
 * marketing and e-commerce: over files of your own, they apply only when
 * both roles sit in the built-in tracks; any other move gets your own
 * check (or the default) and only the areas and topics files define.
 */
export function checkForMove(
  knowledgeBase: KnowledgeBase,
  from: Role | undefined,
  to: Role | undefined,
): CheckedKnowledgeBase {
  const builtin = knowledgeBase.builtin;
  const inBuiltin = (role: Role | undefined) => !role || !!builtin?.tracks.includes(role.track);
  if (!builtin || (inBuiltin(from) && inBuiltin(to)))
    return { ...knowledgeBase, readiness: knowledgeBase.readiness ?? DEFAULT_READINESS };
  const preparation = new Set(builtin.preparation);
  const guidance = new Set(builtin.guidance);
  return {
    ...knowledgeBase,
    readiness:
      builtin.readiness || !knowledgeBase.readiness ? DEFAULT_READINESS : knowledgeBase.readiness,
    preparation: knowledgeBase.preparation.filter((area) => !preparation.has(area.id)),
    guidance: knowledgeBase.guidance.filter((topic) => !guidance.has(topic.id)),
  };
}

/** The words the quiz uses of the target's listed work, with their defaults. */
export function readinessWords(readiness: Readiness): { responsibilities: string; done: string } {
  return {
    responsibilities: readiness.words?.responsibilities ?? 'responsibilities',
    done: readiness.words?.done ?? 'have been given',
  };
}
