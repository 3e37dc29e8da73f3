import { nextRoles, reachableRoles } from '../engine/graph.js';
import { levelTitle } from '../engine/levels.js';
import { listRoles } from '../engine/list.js';
import { type MoveKind, moveKind } from '../engine/move.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { type CheckedKnowledgeBase, checkForMove } from '../readiness/check-for-move.js';
import { creditFor } from '../readiness/credit.js';
import { titleOf } from '../text/titles.js';
import type { Choice, Prompter } from './prompts.js';

export interface Interview {
  from: Role;
  to: Role;
  /** Answers in the form of an answers file, to be validated like one. */
  raw: Record<string, unknown>;
  /** The knowledge base as the check for this move sees it, and the check asked. */
  check: CheckedKnowledgeBase;
}

const KIND_LABELS: Record<MoveKind, string> = {
  promotion: 'a promotion',
  lateral: 'a lateral move',
  'step-down': 'a step down',
  'other-ladder': 'on another ladder',
};

function roleChoice(knowledgeBase: KnowledgeBase, role: Role, note?: string): Choice {
  const track = titleOf(knowledgeBase.tracks, role.track);
  const level = levelTitle(knowledgeBase, role);
  return {
    value: role.id,
    name: role.title,
    description: `${track} · ${level}${note ? ` · ${note}` : ''}`,
    keywords: role.aliases,
  };
}

/**
 * Asks the quiz one question at a time, each numbered ("3 of 6"): the
 * current role and the target (unless given), then every question of the
 * readiness check. For the target, the roles the current one leads to come
 * first. Once both roles are known, `onMove` hears of it, so the person
 * knows what move the questions are about before answering them.
 */
export async function runInterview(
  prompter: Prompter,
  knowledgeBase: KnowledgeBase,
  preset: { from?: Role; to?: Role },
  /** Told the move as soon as both roles are known, before the readiness questions. */
  onMove?: (from: Role, to: Role) => void,
): Promise<Interview> {
  // The questions depend on the move (check-for-move.ts); before the roles are
  // known, the count is that of the check for the roles given, if any.
  let check = checkForMove(knowledgeBase, preset.from, preset.to);
  let total = (preset.from ? 0 : 1) + (preset.to ? 0 : 1) + check.readiness.questions.length;
  let asked = 0;
  const progress = (message: string) => `(${++asked} of ${total}) ${message}`;
  const roles = listRoles(knowledgeBase);
  const byId = (id: string) => roles.find((r) => r.id === id) as Role;

  const from =
    preset.from ??
    byId(
      await prompter.search(
        progress('Which role do you have now?'),
        roles.map((r) => roleChoice(knowledgeBase, r)),
      ),
    );
  let to = preset.to;
  if (!to) {
    const next = nextRoles(knowledgeBase, from);
    const others = roles.filter((r) => r.id !== from.id && !next.includes(r));
    // One walk, so that a role further along the routes is labelled as the result will call it.
    const onRoute = new Set(reachableRoles(knowledgeBase, from).map((r) => r.id));
    // The roles yours leads to first; the others marked by the kind of move they would be.
    to = byId(
      await prompter.search(progress('Which role do you want next?'), [
        ...next.map((r) => roleChoice(knowledgeBase, r, 'a next step')),
        ...others.map((r) =>
          roleChoice(
            knowledgeBase,
            r,
            KIND_LABELS[moveKind(knowledgeBase, from, r, onRoute.has(r.id))],
          ),
        ),
      ]),
    );
  }

  check = checkForMove(knowledgeBase, from, to);
  total = asked + check.readiness.questions.length;
  onMove?.(from, to);
  const raw: Record<string, unknown> = {};
  for (const question of check.readiness.questions) {
    const message = progress(question.prompt);
    if (question.kind === 'scale') {
      raw[question.id] = await prompter.select(
        message,
        (question.options ?? []).map((o) => ({ value: o.id, name: o.label })),
      );
    } else if (question.kind === 'responsibilities') {
      // Work whose skills your role already uses is ticked to begin with: untick what you don't do.
      const choices = creditFor(knowledgeBase, from, to).map((credit) => ({
        value: String(credit.number),
        name: credit.text,
        ...(credit.covered
          ? {
              checked: true,
              description: `you already use: ${credit.uses.map((s) => s.title).join('; ')}`,
            }
          : {}),
      }));
      raw[question.id] = (await prompter.checkbox(`${message} (${to.title})`, choices)).map(Number);
    } else {
      const choices = check.preparation.map((area) => ({
        value: area.id,
        name: area.title,
        description: area.detail,
      }));
      raw[question.id] = await prompter.checkbox(message, choices);
    }
  }
  return { from, to, raw, check };
}
