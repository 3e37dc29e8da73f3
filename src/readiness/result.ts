import { describeMove, type MoveKind } from '../engine/move.js';
import { roleSkills, type SkillRef, skillById, skillRef } from '../engine/skills.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Readiness, Role, Skill } from '../knowledge-base/schema.js';
import type { Answers } from './answers.js';
import { moveSentence, routeSentence, trackSentence } from './move-wording.js';
import { buildPlan, givenTasks, type PlanStep, skillsInUse } from './plan.js';
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
  /** What kind of move it is, how to get there, and what the quiz says of it. */
  move: {
    kind: MoveKind;
    crossTrack: boolean;
    /** Role ids along the advancement route, from the current role to the target; null when none. */
    route: string[] | null;
    /** When there is no route: the nearest one, as role ids; else null. */
    nearest: string[] | null;
    /** The sentences the quiz prints about the move. */
    summary: string[];
  };
  /** The target's skills your current role already uses, and those it does not. */
  skills: { used: SkillRef[]; new: SkillRef[] };
  answers: Answers;
  score: number;
  verdict: { id: string; title: string; summary: string };
  /**
   * When the score alone reaches a higher verdict than the one given: that
   * verdict, and the questions whose floor holds it back, each with the
   * score (0 to 100) it needs.
   */
  heldBy: {
    verdict: string;
    title: string;
    questions: { question: string; title: string; needs: number }[];
  } | null;
  scores: QuestionScore[];
  plan: PlanStep[];
  /** Guidance topics worth reading for this verdict and move (career guide TOPIC). */
  reading: { topic: string; title: string; summary: string }[];
  knowledgeBase: { digest: string; roles: number };
  /** Who the answers are about, when the answers file says (`for:`). */
  for?: string;
  /** Who gave the answers, when the answers file says (`by:`). */
  by?: string;
}

const ref = (role: Role): RoleRef => ({
  id: role.id,
  title: role.title,
  track: role.track,
  level: role.level,
});

const ids = (from: Role, steps: { to: Role }[] | null) =>
  steps ? [from.id, ...steps.map((s) => s.to.id)] : null;

/**
 * What a result is worked out with, from outside: its date, the knowledge
 * base's digest, and `career` as the commands it names begin (with the
 * options that load your own data).
 */
export interface QuizContext {
  date: Date;
  digest: string;
  career?: string;
}

/** Scores answers and plans the next steps. The date and the knowledge base's digest come in: nothing here reads a clock. */
export function quizResult(
  knowledgeBase: KnowledgeBase,
  readiness: Readiness,
  from: Role,
  to: Role,
  answers: Answers,
  context: QuizContext,
): QuizResult {
  const career = context.career ?? 'career';
  const assessment = assess(readiness, to, knowledgeBase.preparation, answers);
  const { id, title, summary } = assessment.verdict;
  const move = describeMove(knowledgeBase, from, to);
  const used = skillsInUse(knowledgeBase, move, givenTasks(readiness, answers));
  const target = roleSkills(knowledgeBase, to).map(
    (entry) => skillById(knowledgeBase, entry.skill) as Skill,
  );
  const topics = [...assessment.verdict.guidance];
  if (move.crossTrack) topics.push(...readiness.crossTrackGuidance);
  return {
    date: context.date.toISOString(),
    from: ref(from),
    to: ref(to),
    move: {
      kind: move.kind,
      crossTrack: move.crossTrack,
      route: ids(from, move.route),
      nearest: ids(from, move.nearest),
      summary: [
        moveSentence(knowledgeBase, move),
        routeSentence(move, career),
        ...[trackSentence(knowledgeBase, move)].filter((line): line is string => !!line),
      ],
    },
    skills: {
      used: target.filter((s) => used.has(s.id)).map(skillRef),
      new: target.filter((s) => !used.has(s.id)).map(skillRef),
    },
    answers,
    score: assessment.score,
    verdict: { id, title, summary },
    heldBy: assessment.heldBy && {
      verdict: assessment.heldBy.verdict.id,
      title: assessment.heldBy.verdict.title,
      questions: assessment.heldBy.questions,
    },
    scores: assessment.scores,
    plan: buildPlan(knowledgeBase, readiness, move, answers, career),
    reading: [...new Set(topics)].flatMap((topic) => {
      const found = knowledgeBase.guidance.find((g) => g.id === topic);
      return found ? [{ topic: found.id, title: found.title, summary: found.summary }] : [];
    }),
    knowledgeBase: { digest: context.digest, roles: knowledgeBase.roles.length },
  };
}
