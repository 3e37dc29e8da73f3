import type { PreparationArea, Question, Role } from '../knowledge-base/schema.js';
import { midSentence } from '../text/mid-sentence.js';
import { capital } from '../text/sentence.js';

/**
 * What to talk about where a person and their manager answered a question
 * differently, in a coach's words: what each said, then what to agree.
 * Which side sees more decides the advice: a person who rates themselves
 * higher needs the two views brought together ("agree what meeting them
 * looks like"); a manager who sees more has given the person evidence.
 */

/** How the other side is named: "your manager", or the name in their file. */
export interface Voices {
  /** The manager (or coach) as the subject of a sentence, mid-sentence: "your manager", "Dana". */
  manager: string;
}

const clause = (reason: string) => midSentence(reason.replace(/[.!]\s*$/, ''));

/** A scale answer as people say it: "usually", "this quarter". */
export function scaleWords(question: Question, answer: unknown): string {
  const option = question.options?.find((o) => o.id === answer);
  return option ? option.id.replace(/-/g, ' ') : 'no answer';
}

/** Per signal: what to agree when the person says more than the manager, and when less. */
const AGREE: Record<string, { higher: string; lower: string }> = {
  'meets-goals': {
    higher: 'agree what meeting them looks like, and how you will both track it',
    lower: 'ask what they see that you do not, and write it down: it is evidence for your case',
  },
  'asked-for-more': {
    higher: 'agree what counts as asking for more work, and name the next thing you will ask for',
    lower: 'ask which request they remember: it counts, so keep it in your notes',
  },
};
const AGREE_OTHERWISE = {
  higher: 'agree what it would take for both of you to see it the same way',
  lower: 'ask what they see that you do not, and write it down: it is evidence for your case',
};

export function scalePoint(
  question: Question,
  self: unknown,
  manager: unknown,
  voices: Voices,
): string {
  const options = question.options ?? [];
  const mine = options.find((o) => o.id === self);
  const theirs = options.find((o) => o.id === manager);
  const agree = AGREE[question.signal ?? ''] ?? AGREE_OTHERWISE;
  const advice = (mine?.score ?? 0) >= (theirs?.score ?? 0) ? agree.higher : agree.lower;
  const said = mine ? clause(mine.reason) : 'nothing';
  return `You say ${said}; ${voices.manager} says ${scaleWords(question, manager)}: ${advice}.`;
}

/** One point per responsibility only one side counts as the person's. */
export function taskPoints(
  target: Role,
  self: readonly number[],
  manager: readonly number[],
  voices: Voices,
): string[] {
  const mine = new Set(self);
  const theirs = new Set(manager);
  const points: string[] = [];
  for (const [index, text] of target.responsibilities.entries()) {
    const number = index + 1;
    const quoted = `"${text}"`;
    if (mine.has(number) && !theirs.has(number))
      points.push(
        `You count ${quoted} as yours; ${voices.manager} does not: agree what doing it in full looks like, and the one piece of work that would show it.`,
      );
    else if (theirs.has(number) && !mine.has(number))
      points.push(
        `${capital(voices.manager)} counts ${quoted} as yours; you do not: ask what they have seen, it is evidence you can use.`,
      );
  }
  return points;
}

/** One point for the areas only the person says they studied, one for those only the manager does. */
export function preparationPoints(
  areas: readonly PreparationArea[],
  self: readonly string[],
  manager: readonly string[],
  voices: Voices,
): string[] {
  const names = (ids: Set<string>) =>
    areas.filter((a) => ids.has(a.id)).map((a) => midSentence(a.title));
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')} and ${items.at(-1)}`;
  const onlyMine = names(new Set(self.filter((id) => !manager.includes(id))));
  const onlyTheirs = names(new Set(manager.filter((id) => !self.includes(id))));
  const points: string[] = [];
  if (onlyMine.length > 0)
    points.push(
      `You say you have studied ${list(onlyMine)}; ${voices.manager} has not seen it: show them what you learned, and how it changes your work.`,
    );
  if (onlyTheirs.length > 0)
    points.push(
      `${capital(voices.manager)} counts ${list(onlyTheirs)} as studied; you do not: agree whether it is done or still to do.`,
    );
  return points;
}
