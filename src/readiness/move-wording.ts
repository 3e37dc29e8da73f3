import { comparableLevels, levelTitle, roleRank } from '../engine/levels.js';
import { bridgeOf, type Move } from '../engine/move.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Role } from '../knowledge-base/schema.js';
import { midSentence } from '../text/mid-sentence.js';
import { capital } from '../text/sentence.js';
import { titleOf } from '../text/titles.js';
import type { PlanStep } from './plan.js';

/**
 * Every sentence the quiz says about the move itself, by its kind. A
 * lateral move or a step down is never called a promotion, an advance or a
 * step up: the words follow the levels and the edges (engine/move.ts).
 */

const chain = (move: Move, steps: NonNullable<Move['route']>) =>
  [move.from.title, ...steps.map((s) => s.to.title)].join(' → ');

/**
 * `career` in a command this text tells you to run: with your own data, the
 * CLI passes the options that load it (src/cli/invocation.ts), so the
 * command names roles it knows.
 */
const pathCommand = (from: Role, to: Role, career: string) =>
  `${career} path ${from.id} --to ${to.id}`;

/**
 * A level as a sentence names it: its name, without the description an
 * imported level carries after a colon ("Job Zone Four: Considerable
 * Preparation Needed" is Job Zone Four).
 */
function levelName(knowledgeBase: KnowledgeBase, role: Role): string {
  const title = levelTitle(knowledgeBase, role);
  const name = title.split(':')[0]?.trim();
  return name || title;
}

/** What kind of move it is, in a sentence. */
export function moveSentence(knowledgeBase: KnowledgeBase, move: Move): string {
  const level = (role: Role) => levelName(knowledgeBase, role);
  const track = (role: Role) => titleOf(knowledgeBase.tracks, role.track);
  const where = move.crossTrack
    ? `, from ${track(move.from)} to ${track(move.to)}`
    : `, within ${track(move.from)}`;
  // Two tracks with levels of their own share a rank, not a level's name: say each.
  const same =
    level(move.from) === level(move.to)
      ? `at the ${level(move.from)} level`
      : `at the same level (${level(move.from)} in ${track(move.from)}, ${level(move.to)} in ${track(move.to)})`;
  switch (move.kind) {
    case 'promotion':
      // On two scales ("Job Zone Four", "Job zone not rated") the levels cannot say it: the route does.
      if (!comparableLevels(knowledgeBase, move.from, move.to))
        return `A promotion${move.crossTrack ? ' that changes track' : ''}: an advancement route leads there (${level(move.from)} and ${level(move.to)} are levels of two scales, which cannot say it)${where}.`;
      if (roleRank(knowledgeBase, move.from) === roleRank(knowledgeBase, move.to))
        return `A promotion${move.crossTrack ? ' that changes track' : ''}: an advancement route leads there, though both roles are ${same}${where}.`;
      return `A promotion${move.crossTrack ? ' that changes track' : ''}: from ${level(move.from)} to ${level(move.to)}${where}.`;
    case 'lateral':
      return `A lateral move${move.crossTrack ? ' to another track' : ''}: both roles are ${same}${where}. It changes your work, not your level.`;
    case 'step-down':
      return `A step down in level: from ${level(move.from)} to ${level(move.to)}${where}.`;
    case 'other-ladder':
      return `A move to another ladder${where}: ${level(move.from)} and ${level(move.to)} are levels of two scales, so the data cannot say whether it is a step up; ask what level and pay the role would come with.`;
  }
}

/** How to get there: the route `career path` gives, or why there is none and the nearest. */
export function routeSentence(move: Move, career = 'career'): string {
  if (move.route) {
    return move.route.length === 1
      ? `${move.to.title} is a next step from ${move.from.title} (${pathCommand(move.from, move.to, career)}).`
      : `The route: ${chain(move, move.route)} (${pathCommand(move.from, move.to, career)}).`;
  }
  if (move.kind !== 'promotion' && !move.nearest)
    return `It is not on an advancement route: you would move to ${move.to.title} directly.`;
  const none = `No advancement route leads from ${move.from.title} to ${move.to.title}`;
  return move.nearest
    ? `${none}. The nearest: ${chain(move, move.nearest)} (${pathCommand(move.from, move.to, career)}).`
    : `${none}, and no role leads there.`;
}

/** For a move between tracks: what each track is responsible for, from the data. */
export function trackSentence(knowledgeBase: KnowledgeBase, move: Move): string | undefined {
  if (!move.crossTrack) return undefined;
  const [a, b] = [move.from, move.to].map((role) =>
    knowledgeBase.tracks.find((t) => t.id === role.track),
  );
  if (!a?.responsibility || !b?.responsibility) return undefined;
  const who = (t: typeof a) => t.practitioner ?? `person in ${t.title}`;
  const an = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
  const duty = (text: string) => midSentence(text).replace(/\.$/, '');
  return `The work changes: ${an(who(a))}'s responsibility is to ${duty(a.responsibility)}; ${an(who(b))}'s is to ${duty(b.responsibility)}.`;
}

/**
 * What the move itself asks of the plan: `before`, steps that come first
 * (a step down is talked through before any work on it); `after`, the last
 * step (what to do with the evidence). Ready now: book the conversation,
 * within the month, no retake, with what is left to close as the plan you
 * bring (`rest`). Performance well below its line: review the
 * goals, not a case for a move.
 */
export function closingSteps(
  knowledgeBase: KnowledgeBase,
  move: Move,
  state: { ready: boolean; performanceFirst: boolean; rest?: boolean },
  career = 'career',
): { before: PlanStep[]; after: PlanStep[] } {
  const { from, to } = move;
  const again = `Take the check again (${career} quiz --from ${from.id} --to ${to.id})`;
  const by = state.ready ? 30 : 90;
  const before: PlanStep[] =
    move.kind === 'step-down'
      ? [
          {
            by: 30,
            kind: 'move',
            action: `Before you work towards it, talk the move through with your manager or HR: a move to a lower level (${levelName(knowledgeBase, to)}) usually changes title and pay. Agree what you gain and how you would grow from there.`,
            deliverable: `a written note of what the move changes (title, pay, work) and what you gain as ${to.title}`,
            evidence: 'the answer of your manager or HR, in writing',
          },
        ]
      : [];
  const bridge = bridgeOf(move);
  if (state.performanceFirst) {
    return {
      before,
      after: [
        {
          by: 90,
          kind: 'move',
          action: `Review your goals with your manager. Once they are met two months running, ${midSentence(again)} and plan the move from there${bridge ? `: the nearest route starts with a move to ${bridge.title} (${pathCommand(from, to, career)})` : ''}.`,
          deliverable: 'your goals and results for the last two months, side by side',
          evidence: "your manager's view at the review",
        },
      ],
    };
  }
  const retake = state.ready ? '' : `${again}, then `;
  const now = state.ready ? ': book the conversation now' : '';
  // Made first, the case has no evidence above it yet: what is left comes below, as its plan.
  const backing =
    state.ready && state.rest
      ? 'and the steps below as your plan for what is left'
      : 'and the evidence above';
  // The last step: make the case, then let the evidence speak; the wording follows the move.
  const last = (
    action: string,
    deliverable: string,
    evidence: string,
  ): { before: PlanStep[]; after: PlanStep[] } => ({
    before,
    after: [{ by, kind: 'move', action: capital(`${retake}${action}`), deliverable, evidence }],
  });
  if (bridge)
    return last(
      `ask your manager about a move to ${bridge.title} first: no advancement route leads from ${from.title} to ${to.title}, and that is the nearest (${pathCommand(from, to, career)}).`,
      `a one-page case for the move to ${bridge.title}: the ${bridge.title} work you have done, and why this route to ${to.title}`,
      "your manager's answer, and the next step agreed",
    );
  switch (move.kind) {
    case 'promotion':
      return last(
        `make the case for the promotion to ${to.title} to your manager${now}.`,
        `a one-page case: your results against your goals, the ${to.title} work you have done, ${backing}`,
        "your manager's answer, and the next step agreed",
      );
    case 'lateral':
      return last(
        `raise the move to ${to.title} with your manager and the lead of the team you want to join: agree when it could happen and who takes over your work.`,
        `a one-page case for the move: why ${to.title}, the ${to.title} work you have done, and a handover plan for your current work`,
        'the answer of both managers, and a date agreed',
      );
    case 'other-ladder':
      return last(
        `raise the move to ${to.title} with your manager and the lead of the team you want to join: agree the level and pay it comes with, when it could happen and who takes over your work.`,
        `a one-page case for the move: why ${to.title}, the ${to.title} work you have done, and a handover plan for your current work`,
        'the answer of both managers: the level, the pay and a date agreed',
      );
    case 'step-down':
      return last(
        `agree the move and its date with your manager and the lead of the team you would join as ${to.title}.`,
        `a handover plan for your current work, and the first month as ${to.title}`,
        'a date agreed with both managers',
      );
  }
}
