import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Readiness, Role } from '../knowledge-base/schema.js';
import type { Answers } from './answers.js';
import type { AnswersFromFile } from './answers-file.js';
import type { PlanStep } from './plan.js';
import { type QuizContext, type QuizResult, quizResult, type RoleRef } from './result.js';
import type { QuestionScore } from './score.js';
import { preparationPoints, scalePoint, scaleWords, taskPoints } from './talking-points.js';

/** Two answers files that cannot be compared; the message is one line, ready to print (exit 2). */
export class CheckinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckinError';
  }
}

/** One side of a check-in: who answered, what, and how it scores. */
export interface CheckinSide {
  /** The answers file it came from, as named on the command line. */
  file: string;
  /** Who answered (`by:`), or null when the file does not say. */
  by: string | null;
  answers: Answers;
  score: number;
  verdict: QuizResult['verdict'];
  scores: QuestionScore[];
}

/** One question, both answers side by side. */
export interface SignalComparison {
  question: string;
  signal: string | null;
  title: string;
  self: { answer: Answers[string] | null; text: string; score: number };
  manager: { answer: Answers[string] | null; text: string; score: number };
  agree: boolean;
  /** What to talk about: one per difference (a responsibility, a group of areas, a scale answer). */
  talkingPoints: string[];
}

/** What `career checkin --json` prints. Documented in docs/json.md. */
export interface CheckinResult {
  kind: 'checkin';
  date: string;
  /** Who the check-in is about, when either file says (`for:`, or the person's own `by:`). */
  for: string | null;
  from: RoleRef;
  to: RoleRef;
  move: QuizResult['move'];
  self: CheckinSide;
  manager: CheckinSide;
  signals: SignalComparison[];
  /** The ids of the questions answered differently. */
  differences: string[];
  /**
   * The answers both stand behind, and what they score: for each question
   * the lower of the two answers (a responsibility or area counts only when
   * both ticked it). The plan is built on them, so a gap either side sees is
   * in it, and nothing either side doubts is taken as done.
   */
  shared: {
    basis: 'lower-of-the-two';
    answers: Answers;
    score: number;
    verdict: QuizResult['verdict'];
    /** As in a quiz result: the higher verdict the score reaches, and the questions whose floor holds it back. */
    heldBy: QuizResult['heldBy'];
    scores: QuestionScore[];
    plan: PlanStep[];
  };
  reading: QuizResult['reading'];
  knowledgeBase: QuizResult['knowledgeBase'];
}

export interface CheckinFile extends AnswersFromFile {
  /** The file's name, as given. */
  name: string;
}

const numbers = (value: unknown): number[] => (Array.isArray(value) ? (value as number[]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

/** The same move, about the same person: or one line saying what differs. */
function checkSameMove(self: CheckinFile, manager: CheckinFile): void {
  const move = (f: CheckinFile) => `${f.from.id} → ${f.to.id}`;
  if (self.from.id !== manager.from.id || self.to.id !== manager.to.id)
    throw new CheckinError(
      `${self.name} answers for ${move(self)} but ${manager.name} for ${move(manager)}: a check-in compares answers for the same move (get the manager's file with: career quiz --template --from ${self.from.id} --to ${self.to.id} --for NAME)`,
    );
  const forSelf = self.people.for;
  const forManager = manager.people.for;
  if (forSelf && forManager && forSelf.toLowerCase() !== forManager.toLowerCase())
    throw new CheckinError(
      `${self.name} is about ${forSelf} but ${manager.name} about ${forManager}: a check-in compares two views of one person`,
    );
}

/** The lower of two answers: what both stand behind. */
function lowerAnswers(readiness: Readiness, self: Answers, manager: Answers): Answers {
  const shared: Answers = {};
  for (const question of readiness.questions) {
    const mine = self[question.id];
    const theirs = manager[question.id];
    if (question.kind === 'scale') {
      const score = (id: unknown) => question.options?.find((o) => o.id === id)?.score ?? 0;
      const lower = score(mine) < score(theirs) ? mine : theirs;
      if (lower !== undefined) shared[question.id] = lower;
    } else if (question.kind === 'responsibilities') {
      const both = new Set(numbers(theirs));
      shared[question.id] = numbers(mine).filter((n) => both.has(n));
    } else {
      const both = new Set(strings(theirs));
      shared[question.id] = strings(mine).filter((id) => both.has(id));
    }
  }
  return shared;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/**
 * Compares a person's answers with their manager's for the same move:
 * question by question, both answers, whether they agree, and a talking
 * point for each difference; both scores and verdicts; and the shared
 * view the plan is built on (see `shared`). Pure: the date and the
 * knowledge base's digest come in.
 */
export function checkin(
  knowledgeBase: KnowledgeBase,
  readiness: Readiness,
  self: CheckinFile,
  manager: CheckinFile,
  context: QuizContext,
): CheckinResult {
  checkSameMove(self, manager);
  const from: Role = self.from;
  const to: Role = self.to;
  const voices = { manager: manager.people.by ?? 'your manager' };
  const mine = quizResult(knowledgeBase, readiness, from, to, self.answers, context);
  const theirs = quizResult(knowledgeBase, readiness, from, to, manager.answers, context);
  const sharedAnswers = lowerAnswers(readiness, self.answers, manager.answers);
  const shared = quizResult(knowledgeBase, readiness, from, to, sharedAnswers, context);

  const describe = (
    question: Readiness['questions'][number],
    answer: Answers[string] | undefined,
  ) => {
    if (question.kind === 'scale') return scaleWords(question, answer);
    const list = question.kind === 'responsibilities' ? numbers(answer) : strings(answer);
    const total =
      question.kind === 'responsibilities'
        ? to.responsibilities.length
        : knowledgeBase.preparation.length;
    return list.length === 0
      ? `none of ${total}`
      : `${list.length} of ${total}: ${list.join(', ')}`;
  };

  const signals: SignalComparison[] = readiness.questions.map((question, index) => {
    const a = self.answers[question.id];
    const b = manager.answers[question.id];
    let talkingPoints: string[];
    if (question.kind === 'scale')
      talkingPoints = a === b ? [] : [scalePoint(question, a, b, voices)];
    else if (question.kind === 'responsibilities')
      talkingPoints = taskPoints(to, numbers(a), numbers(b), voices);
    else
      talkingPoints = preparationPoints(knowledgeBase.preparation, strings(a), strings(b), voices);
    const agree =
      question.kind === 'scale'
        ? a === b
        : sameList(Array.isArray(a) ? a : [], Array.isArray(b) ? b : []);
    return {
      question: question.id,
      signal: question.signal ?? null,
      title: question.title,
      self: {
        answer: a ?? null,
        text: describe(question, a),
        score: mine.scores[index]?.score ?? 0,
      },
      manager: {
        answer: b ?? null,
        text: describe(question, b),
        score: theirs.scores[index]?.score ?? 0,
      },
      agree,
      talkingPoints,
    };
  });

  const side = (file: CheckinFile, result: QuizResult): CheckinSide => ({
    file: file.name,
    by: file.people.by ?? null,
    answers: file.answers,
    score: result.score,
    verdict: result.verdict,
    scores: result.scores,
  });
  return {
    kind: 'checkin',
    date: context.date.toISOString(),
    for: self.people.for ?? manager.people.for ?? self.people.by ?? null,
    from: mine.from,
    to: mine.to,
    move: mine.move,
    self: side(self, mine),
    manager: side(manager, theirs),
    signals,
    differences: signals.filter((s) => !s.agree).map((s) => s.question),
    shared: {
      basis: 'lower-of-the-two',
      answers: sharedAnswers,
      score: shared.score,
      verdict: shared.verdict,
      heldBy: shared.heldBy,
      scores: shared.scores,
      plan: shared.plan,
    },
    reading: shared.reading,
    knowledgeBase: mine.knowledgeBase,
  };
}
