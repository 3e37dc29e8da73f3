import type { PreparationArea, Question, Readiness, Role } from '../knowledge-base/schema.js';
import { quote, shorten } from '../text/quote.js';
import { closest, didYouMean, suggesting } from '../text/similarity.js';

/**
 * Validated answers, keyed by question id, in the form of an answers file:
 * a scale answer is an option id; a responsibilities answer lists the
 * numbers (from 1) of the target's responsibilities already given; a
 * preparation answer lists preparation-area ids.
 */
export type Answers = Record<string, string | number[] | string[]>;

export interface AnswerProblem {
  /** The answer's key in the answers file. */
  field: string;
  message: string;
}

/** What a question accepts, said the way an error message needs it. */
export function allowedValues(
  question: Question,
  target: Role,
  preparation: readonly PreparationArea[],
): string {
  switch (question.kind) {
    case 'scale':
      return `one of ${(question.options ?? []).map((o) => o.id).join(', ')}`;
    case 'responsibilities':
      return `a list of responsibility numbers from 1 to ${target.responsibilities.length} (the ones you have been given), or [] for none`;
    case 'preparation':
      return `a list of ${preparation.map((p) => p.id).join(', ')} (the ones you have studied), or [] for none`;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return quote(value);
}

/** The wrong items of a list, the first few of them: a pasted list of thousands stays one line. */
function describeSome(list: readonly unknown[]): string {
  const values = [...new Set(list)];
  const shown = values.slice(0, 5).map(describe).join(', ');
  return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown;
}

function checkOne(
  question: Question,
  value: unknown,
  target: Role,
  preparation: readonly PreparationArea[],
): { value: Answers[string] } | { problem: string } {
  const allowed = allowedValues(question, target, preparation);
  if (value === undefined || value === null || value === '')
    return { problem: `is missing: ${allowed}` };
  if (question.kind === 'scale') {
    const ids = (question.options ?? []).map((o) => o.id);
    if (typeof value === 'string' && ids.includes(value)) return { value };
    const hint = typeof value === 'string' ? didYouMean(closest(shorten(value), ids, 1)) : '';
    return { problem: `is ${describe(value)}${hint ? ` (${hint})` : ''}: must be ${allowed}` };
  }
  if (!Array.isArray(value)) return { problem: `is ${describe(value)}: must be ${allowed}` };
  if (question.kind === 'responsibilities') {
    const count = target.responsibilities.length;
    const wrong = value.filter((n) => !Number.isInteger(n) || n < 1 || n > count);
    if (wrong.length > 0) return { problem: `has ${describeSome(wrong)}: must be ${allowed}` };
    return { value: [...new Set(value as number[])].sort((a, b) => a - b) };
  }
  const ids = preparation.map((p) => p.id);
  const wrong = value.filter((v) => typeof v !== 'string' || !ids.includes(v));
  if (wrong.length > 0) {
    const hint = typeof wrong[0] === 'string' ? didYouMean(closest(shorten(wrong[0]), ids, 1)) : '';
    return {
      problem: `has ${describeSome(wrong)}${hint ? ` (${hint})` : ''}: must be ${allowed}`,
    };
  }
  return { value: ids.filter((id) => value.includes(id)) };
}

/**
 * Checks answers against the questions, collecting every problem (a missing
 * answer, a value out of range, an unknown key) so that one run of
 * `career quiz --answers` names them all.
 */
export function validateAnswers(
  raw: Readonly<Record<string, unknown>>,
  readiness: Readiness,
  target: Role,
  preparation: readonly PreparationArea[],
): { answers: Answers; problems: AnswerProblem[] } {
  const answers: Answers = {};
  const problems: AnswerProblem[] = [];
  const ids = readiness.questions.map((q) => q.id);
  for (const question of readiness.questions) {
    const checked = checkOne(question, raw[question.id], target, preparation);
    if ('problem' in checked) problems.push({ field: question.id, message: checked.problem });
    else answers[question.id] = checked.value;
  }
  for (const key of Object.keys(raw)) {
    if (!ids.includes(key)) {
      problems.push({
        field: key,
        message: `${suggesting('is not a question of this check', closest(shorten(key), ids, 1))} (questions: ${ids.join(', ')})`,
      });
    }
  }
  return { answers, problems };
}
