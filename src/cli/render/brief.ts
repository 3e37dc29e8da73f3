import type { KnowledgeBase } from '../../knowledge-base/model.js';
import { PLAN_HORIZONS } from '../../readiness/plan.js';
import type { QuizResult } from '../../readiness/result.js';
import { markdownText as md } from '../../text/markdown.js';
import { heldLine, skillsLine } from './result.js';

/**
 * `career quiz --markdown`: a one-page brief for a 1:1 with a manager. The
 * move, each signal with what you answered and room for the evidence, the
 * skills, and the plan by 30, 60 and 90 days.
 */
export function renderQuizBrief(
  knowledgeBase: KnowledgeBase,
  result: QuizResult,
  career = 'career',
): string {
  const out: string[] = [
    `# ${md(result.from.title)} → ${md(result.to.title)}`,
    '',
    `*Readiness check of ${result.date.slice(0, 10)}: **${md(result.verdict.title)}**, ${result.score}/100.* ${md(result.verdict.summary)}${heldLine(result) ? ` ${md(heldLine(result))}` : ''}`,
    '',
    '## The move',
    '',
    ...result.move.summary.map((sentence) => `- ${md(sentence)}`),
    '',
    '## The signals',
  ];
  for (const score of result.scores) {
    const question = knowledgeBase.readiness?.questions.find((q) => q.id === score.question);
    out.push('', `### ${md(score.title)} (${score.score}/100)`, '');
    if (question) out.push(`*${md(question.prompt)}*`, '');
    out.push(md(score.reason), '', 'Evidence:', '', '- ', '- ');
  }
  const skills = skillsLine(result, career);
  if (skills) {
    out.push('', '## Skills', '', md(skills));
    if (result.skills.new.length > 0)
      out.push('', `New to you: ${result.skills.new.map((s) => md(s.title)).join('; ')}.`);
  }
  out.push('', '## The plan');
  let number = 0;
  for (const horizon of PLAN_HORIZONS) {
    const steps = result.plan.filter((step) => step.by === horizon);
    if (steps.length === 0) continue;
    out.push('', `### ${horizon === 30 ? 'Next 30 days' : `By ${horizon} days`}`, '');
    for (const step of steps) {
      out.push(
        `${++number}. ${md(step.action)}`,
        `   - Deliverable: ${md(step.deliverable)}.`,
        `   - Evidence: ${md(step.evidence)}.`,
      );
    }
  }
  out.push('', '## Agreed in the 1:1', '', '- ', '');
  return `${out.join('\n')}\n`;
}
