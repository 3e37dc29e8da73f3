import type { SkillRef } from '../../engine/skills.js';
import { PLAN_HORIZONS, type PlanStep } from '../../readiness/plan.js';
import type { QuizResult } from '../../readiness/result.js';
import { fitLine, wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';

const BAR = 10;

/** A score from 0 to 100 as a bar of ten cells. */
export function bar(score: number): string {
  const filled = Math.round((Math.max(0, Math.min(100, score)) / 100) * BAR);
  return '█'.repeat(filled) + '░'.repeat(BAR - filled);
}

function tone(s: Style, score: number): (text: string) => string {
  if (score >= 75) return s.green;
  if (score >= 50) return s.yellow;
  return s.red;
}

const HORIZON_TITLES: Record<PlanStep['by'], string> = {
  30: 'Next 30 days',
  60: 'By 60 days',
  90: 'By 90 days',
};

/**
 * Skill titles, at most `most` of them and how many more (and the command
 * that lists them all: `career` with the options that load your data, as
 * src/cli/invocation.ts writes it): a list too long to read helps no one.
 */
const names = (skills: readonly SkillRef[], most: number, role: string, career: string) => {
  const shown = skills.slice(0, most).map((skill) => skill.title);
  const more = skills.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more (${career} skills ${role})` : ''}`;
};

/** How many skills a list in the result names before "and N more". */
const NEW_SKILLS_SHOWN = 6;

/** "You already use 4 of the 20 skills of …", the credit the quiz gives for today's work. */
export function skillsLine(result: QuizResult, career = 'career'): string {
  const total = result.skills.used.length + result.skills.new.length;
  if (total === 0) return '';
  const used = result.skills.used.length;
  const shown = names(result.skills.used, NEW_SKILLS_SHOWN, result.to.id, career);
  return `You already use ${used} of the ${total} skills of ${result.to.title}${used ? `: ${shown}` : ''}.`;
}

/** "Held at Not yet: The role's tasks scores 0, and Almost there needs 25." */
export function heldLine(result: Pick<QuizResult, 'heldBy' | 'scores'>): string {
  if (!result.heldBy) return '';
  const scores = new Map(result.scores.map((s) => [s.question, s.score]));
  const reasons = result.heldBy.questions.map(
    (q) =>
      `"${q.title}" scores ${scores.get(q.question) ?? 0} where ${result.heldBy?.title} needs ${q.needs}`,
  );
  return `Your score reaches ${result.heldBy.title}, but ${reasons.join('; ')}: that is what would lift the verdict.`;
}

/** A plan by 30, 60 and 90 days, numbered, each step with its deliverable and evidence. */
export function planLines(plan: readonly PlanStep[], s: Style, width: number): string[] {
  const out: string[] = [];
  let number = 0;
  for (const horizon of PLAN_HORIZONS) {
    const steps = plan.filter((step) => step.by === horizon);
    if (steps.length === 0) continue;
    out.push(s.bold(`${HORIZON_TITLES[horizon]}`));
    for (const step of steps) {
      const label = `${++number}. `;
      const hang = ' '.repeat(2 + label.length);
      out.push(wrap(step.action, width, hang, `  ${label}`));
      out.push(s.dim(wrap(`Deliverable: ${step.deliverable}.`, width, `${hang}  `, hang)));
      out.push(s.dim(wrap(`Evidence: ${step.evidence}.`, width, `${hang}  `, hang)));
    }
  }
  return out;
}

/** The narrowest a reason gets beside its bar before the rows are laid out one above the other. */
const MIN_REASON = 24;

/**
 * A bar per question with its score and reason: in columns when there is
 * room for the reason beside them, else the title, then the bar and score,
 * then the reason, each wrapped to `width` (the reason with a hanging indent).
 */
function scoreRows(result: QuizResult, s: Style, width: number): string[] {
  const out: string[] = [];
  const titleWidth = Math.max(...result.scores.map((q) => q.title.length));
  const indent = ' '.repeat(2 + titleWidth + 2 + BAR + 2 + 3 + 2);
  const columns = indent.length + MIN_REASON <= width;
  for (const question of result.scores) {
    const meter = `${tone(s, question.score)(bar(question.score))}  ${String(question.score).padStart(3)}`;
    if (columns) {
      const head = `  ${question.title.padEnd(titleWidth)}  ${meter}  `;
      out.push(head + wrap(question.reason, width, indent, indent).slice(indent.length));
    } else {
      out.push(wrap(question.title, width, '    ', '  '), `    ${meter}`);
      out.push(wrap(question.reason, width, '    '));
    }
  }
  return out;
}

/** The quiz result for reading: the move, the verdict, a bar per question with its reason, and the plan by 30, 60 and 90 days. */
export function renderQuizResult(
  result: QuizResult,
  s: Style,
  width: number,
  career = 'career',
): string {
  const out: string[] = [];
  out.push(s.bold(wrap(`${result.from.title} → ${result.to.title}`, width, '  ', '')));
  for (const sentence of result.move.summary) out.push(wrap(sentence, width));
  out.push('');
  out.push(
    fitLine(`${tone(s, result.score)(s.bold(result.verdict.title))} · ${result.score}/100`, width),
  );
  out.push(wrap(result.verdict.summary, width));
  const held = heldLine(result);
  if (held) out.push(wrap(held, width));
  out.push('');
  out.push(...scoreRows(result, s, width));
  const skills = skillsLine(result, career);
  if (skills) out.push('', wrap(skills, width));
  if (result.skills.new.length > 0)
    out.push(
      wrap(
        `New to you: ${names(result.skills.new, NEW_SKILLS_SHOWN, result.to.id, career)}.`,
        width,
      ),
    );

  out.push('', s.bold('Your plan'), ...planLines(result.plan, s, width));
  if (result.reading.length > 0) {
    out.push('', s.bold('Worth reading'));
    // "Look for the best fit: …", but "Digital marketer or e-commerce manager? …".
    for (const topic of result.reading)
      out.push(
        wrap(
          `${topic.title}${/[?!.]$/.test(topic.title) ? '' : ':'} ${topic.summary} (${career} guide ${topic.topic})`,
          width,
          '    ',
          '  • ',
        ),
      );
  }
  return `${out.join('\n')}\n`;
}
