import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Readiness, Role } from '../knowledge-base/schema.js';
import type { Answers } from './answers.js';
import { buildPlan, type PlanStep } from './plan.js';
import { assess, type QuestionScore } from './score.js';

export interface RoleRef {
  id: string;
  title: string;
  track: string;
  level: string;
}

/** The whole outcome of a quiz: what `career quiz --json` prints. Documented in docs/json.md. */
export interface QuizResult {
  date: string;
  from: RoleRef;
  to: RoleRef;
  answers: Answers;
  score: number;
  verdict: { id: string; title: string; summary: string };
  scores: QuestionScore[];
  plan: PlanStep[];
  knowledgeBase: { digest: string; roles: number };
}

const ref = (role: Role): RoleRef => ({
  id: role.id,
  title: role.title,
  track: role.track,
  level: role.level,
});

/** Scores answers and plans the next steps. The date and the knowledge base's digest come in: nothing here reads a clock. */
export function quizResult(
  knowledgeBase: KnowledgeBase,
  readiness: Readiness,
  from: Role,
  to: Role,
  answers: Answers,
  context: { date: Date; digest: string },
): QuizResult {
  const assessment = assess(readiness, to, knowledgeBase.preparation, answers);
  const { id, title, summary } = assessment.verdict;
  return {
    date: context.date.toISOString(),
    from: ref(from),
    to: ref(to),
    answers,
    score: assessment.score,
    verdict: { id, title, summary },
    scores: assessment.scores,
    plan: buildPlan(knowledgeBase, readiness, from, to, answers, assessment),
    knowledgeBase: { digest: context.digest, roles: knowledgeBase.roles.length },
  };
}
