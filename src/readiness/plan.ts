import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Readiness, Role } from '../knowledge-base/schema.js';
import type { Answers } from './answers.js';
import type { Assessment } from './score.js';

export interface PlanStep {
  kind: 'advice' | 'responsibility' | 'preparation' | 'guidance';
  /** The question whose gap this step closes; for guidance, absent. */
  question?: string;
  /** For guidance, the topic to read. */
  topic?: string;
  text: string;
}

/** "The technologies…" reads as "the technologies…" mid-sentence; "SEO…" stays as it is. */
function midSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

function fill(step: string, item: string): string {
  return step.includes('{item}') ? step.replaceAll('{item}', midSentence(item)) : `${step} ${item}`;
}

/**
 * One concrete step per gap, in the order of the questions: advice for a
 * scale answer below its gap threshold, each responsibility of the target
 * not yet taken on, each preparation area not yet studied; then the guidance
 * topics that go with the verdict, and with a change of track.
 */
export function buildPlan(
  knowledgeBase: KnowledgeBase,
  readiness: Readiness,
  from: Role,
  target: Role,
  answers: Answers,
  assessment: Assessment,
): PlanStep[] {
  const steps: PlanStep[] = [];
  for (const question of readiness.questions) {
    const answer = answers[question.id];
    if (question.kind === 'scale') {
      const option = question.options?.find((o) => o.id === answer);
      if (!option || option.score < question.gapBelow)
        steps.push({ kind: 'advice', question: question.id, text: question.step });
    } else if (question.kind === 'responsibilities') {
      const given = new Set(Array.isArray(answer) ? (answer as number[]) : []);
      for (const [index, responsibility] of target.responsibilities.entries()) {
        if (!given.has(index + 1))
          steps.push({
            kind: 'responsibility',
            question: question.id,
            text: fill(question.step, responsibility),
          });
      }
    } else {
      const studied = new Set(Array.isArray(answer) ? (answer as string[]) : []);
      for (const area of knowledgeBase.preparation) {
        if (!studied.has(area.id))
          steps.push({
            kind: 'preparation',
            question: question.id,
            text: fill(question.step, area.detail),
          });
      }
    }
  }
  const topics = [...assessment.verdict.guidance];
  if (from.track !== target.track) topics.push(...readiness.crossTrackGuidance);
  for (const id of new Set(topics)) {
    const topic = knowledgeBase.guidance.find((g) => g.id === id);
    // "Look for the best fit: …", but "Digital marketer or e-commerce manager? …".
    const lead = /[?!.]$/.test(topic?.title ?? '') ? `${topic?.title}` : `${topic?.title}:`;
    if (topic) steps.push({ kind: 'guidance', topic: topic.id, text: `${lead} ${topic.summary}` });
  }
  return steps;
}
