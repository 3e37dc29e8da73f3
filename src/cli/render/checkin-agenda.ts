import type { CheckinResult } from '../../readiness/checkin.js';
import { PLAN_HORIZONS } from '../../readiness/plan.js';
import { markdownCell, markdownText as md } from '../../text/markdown.js';
import { sideNames } from './checkin.js';
import { heldLine } from './result.js';

/**
 * `career checkin --markdown`: the agenda of a 1:1. The differences come
 * first, each with its talking point and room to write what was agreed;
 * then both views side by side, the shared plan, and what was agreed.
 */
export function renderCheckinAgenda(result: CheckinResult): string {
  const names = sideNames(result);
  const date = result.date.slice(0, 10);
  const out: string[] = [
    `# 1:1 check-in${result.for ? `: ${md(result.for)}` : ''}, ${md(result.from.title)} → ${md(result.to.title)}`,
    '',
    `*${date}. ${md(names.self)}: **${md(result.self.verdict.title)}**, ${result.self.score}/100. ${md(names.manager)}: **${md(result.manager.verdict.title)}**, ${result.manager.score}/100. Shared view (the lower answer of the two): **${md(result.shared.verdict.title)}**, ${result.shared.score}/100.*`,
    '',
    ...(heldLine(result.shared) ? [md(heldLine(result.shared)), ''] : []),
  ];
  const differing = result.signals.filter((signal) => !signal.agree);
  out.push('## Where you differ', '');
  if (differing.length === 0) out.push('Nowhere: you agree on every question.', '');
  let number = 0;
  for (const signal of differing) {
    out.push(
      `### ${md(signal.title)}: ${md(names.self)} ${md(signal.self.text)}, ${md(names.manager)} ${md(signal.manager.text)}`,
      '',
    );
    for (const point of signal.talkingPoints) out.push(`${++number}. ${md(point)}`);
    out.push('', 'Agreed:', '', '- ', '');
  }
  out.push(
    '## Side by side',
    '',
    `| Question | ${markdownCell(names.self)} | ${markdownCell(names.manager)} | |`,
    '| --- | --- | --- | --- |',
    ...result.signals.map(
      (signal) =>
        `| ${markdownCell(signal.title)} | ${markdownCell(signal.self.text)} (${signal.self.score}) | ${markdownCell(signal.manager.text)} (${signal.manager.score}) | ${signal.agree ? 'agree' : '**differ**'} |`,
    ),
    `| **Score** | ${result.self.score}, ${markdownCell(result.self.verdict.title)} | ${result.manager.score}, ${markdownCell(result.manager.verdict.title)} | |`,
    '',
    '## The shared plan',
  );
  let step = 0;
  for (const horizon of PLAN_HORIZONS) {
    const steps = result.shared.plan.filter((s) => s.by === horizon);
    if (steps.length === 0) continue;
    out.push('', `### ${horizon === 30 ? 'Next 30 days' : `By ${horizon} days`}`, '');
    for (const s of steps)
      out.push(
        `${++step}. ${md(s.action)}`,
        `   - Deliverable: ${md(s.deliverable)}.`,
        `   - Evidence: ${md(s.evidence)}.`,
      );
  }
  out.push('', '## Agreed in the 1:1', '', '- ', '', '## Next check-in', '', '- Date: ', '');
  return `${out.join('\n')}\n`;
}
