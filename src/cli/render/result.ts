import type { QuizResult } from '../../readiness/result.js';
import { wrap } from '../../text/wrap.js';
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

/** The quiz result for reading: verdict, a bar per question with its reason, and the plan. */
export function renderQuizResult(result: QuizResult, s: Style, width: number): string {
  const out: string[] = [];
  out.push(`${s.bold(`${result.from.title} → ${result.to.title}`)}`);
  out.push(`${tone(s, result.score)(s.bold(result.verdict.title))} · ${result.score}/100`);
  out.push(wrap(result.verdict.summary, width));
  out.push('');
  const titleWidth = Math.max(...result.scores.map((q) => q.title.length));
  const indent = ' '.repeat(2 + titleWidth + 2 + BAR + 2 + 3 + 2);
  for (const question of result.scores) {
    const head = `  ${question.title.padEnd(titleWidth)}  ${tone(s, question.score)(bar(question.score))}  ${String(question.score).padStart(3)}  `;
    const reason = wrap(question.reason, Math.max(width, indent.length + 30), indent, indent).slice(
      indent.length,
    );
    out.push(head + reason);
  }
  out.push('', s.bold('Your plan'));
  if (result.plan.length === 0)
    out.push('  Nothing to close: every answer is as strong as it gets.');
  const number = String(result.plan.length).length;
  for (const [index, step] of result.plan.entries()) {
    const label = `${String(index + 1).padStart(number)}. `;
    // A guidance step points to where the whole advice can be read.
    const text = step.topic ? `${step.text} More: career guide ${step.topic}` : step.text;
    out.push(wrap(text, width, ' '.repeat(2 + label.length), `  ${label}`));
  }
  return `${out.join('\n')}\n`;
}
