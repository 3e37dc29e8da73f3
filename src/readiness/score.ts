import type {
  PreparationArea,
  Question,
  Readiness,
  Role,
  Verdict,
} from '../knowledge-base/schema.js';
import type { Answers } from './answers.js';
import { readinessWords } from './check-for-move.js';

/** How one question scored, and why. */
export interface QuestionScore {
  question: string;
  /** The readiness signal the question measures, or null (preparation is not one). */
  signal: string | null;
  title: string;
  weight: number;
  /** 0 to 100. */
  score: number;
  reason: string;
}

export interface Assessment {
  scores: QuestionScore[];
  /** The weighted mean of the question scores, 0 to 100, rounded. */
  score: number;
  verdict: Verdict;
  /**
   * When the score alone reaches a higher tier than the verdict: that tier,
   * and the questions whose floor keeps it out of reach, with the share each
   * needs (0 to 100), so the result can say what would lift it.
   */
  heldBy: {
    verdict: Verdict;
    questions: { question: string; title: string; needs: number }[];
  } | null;
}

/** A question's score from 0 to 1, and the sentence that explains it. */
function scoreQuestion(
  question: Question,
  answer: Answers[string] | undefined,
  target: Role,
  preparation: readonly PreparationArea[],
  words: { responsibilities: string },
): { share: number; reason: string } {
  switch (question.kind) {
    case 'scale': {
      const option = question.options?.find((o) => o.id === answer);
      return option
        ? { share: option.score, reason: option.reason }
        : { share: 0, reason: 'Not answered.' };
    }
    case 'responsibilities': {
      const given = Array.isArray(answer) ? answer.length : 0;
      const total = target.responsibilities.length;
      return {
        share: total === 0 ? 0 : given / total,
        reason: `${given} of the ${total} ${words.responsibilities} of ${target.title} ${given === 1 ? 'is' : 'are'} already yours.`,
      };
    }
    case 'preparation': {
      const studied = Array.isArray(answer) ? answer.length : 0;
      const total = preparation.length;
      return {
        share: total === 0 ? 0 : studied / total,
        reason: `You have studied ${studied} of the ${total} preparation areas.`,
      };
    }
  }
}

/**
 * Scores validated answers: each question from 0 to 1, the overall score as
 * the weighted mean out of 100 (rounded, and it is this rounded figure that
 * meets the thresholds, so the verdict always agrees with the number shown),
 * and the verdict: the first tier whose minimum the score reaches while no
 * question scores below the tier's floor, nor below the floor the tier sets
 * for it by name (being given none of the target's work keeps "Almost
 * there" out of reach, whatever else is strong). Deterministic and pure.
 */
export function assess(
  readiness: Readiness,
  target: Role,
  preparation: readonly PreparationArea[],
  answers: Answers,
): Assessment {
  const words = readinessWords(readiness);
  const shares = readiness.questions.map((question) => ({
    question,
    ...scoreQuestion(question, answers[question.id], target, preparation, words),
  }));
  const totalWeight = shares.reduce((sum, s) => sum + s.question.weight, 0);
  const weighted = shares.reduce((sum, s) => sum + s.question.weight * s.share, 0);
  const score = Math.round((100 * weighted) / totalWeight);
  // A tier's floors: every question at least `floor`, and the questions it names at least theirs.
  const below = (v: Verdict) =>
    shares.filter((s) => s.share < v.floor || s.share < (v.floors?.[s.question.id] ?? 0));
  // The knowledge base guarantees the last tier has minimum 0 and no floors.
  const verdict =
    readiness.verdicts.find((v) => score >= v.minimum && below(v).length === 0) ??
    (readiness.verdicts.at(-1) as Verdict);
  const reached = readiness.verdicts.find((v) => score >= v.minimum);
  const heldBy =
    reached && reached !== verdict
      ? {
          verdict: reached,
          questions: below(reached).map((s) => ({
            question: s.question.id,
            title: s.question.title,
            needs: Math.round(100 * Math.max(reached.floor, reached.floors?.[s.question.id] ?? 0)),
          })),
        }
      : null;
  return {
    scores: shares.map(({ question, share, reason }) => ({
      question: question.id,
      signal: question.signal ?? null,
      title: question.title,
      weight: question.weight,
      score: Math.round(share * 100),
      reason,
    })),
    score,
    verdict,
    heldBy,
  };
}
