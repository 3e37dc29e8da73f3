import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Readiness, Role } from '../../knowledge-base/schema.js';
import { readinessWords } from '../../readiness/check-for-move.js';
import { creditFor } from '../../readiness/credit.js';
import { tasksFingerprint } from '../../readiness/fingerprint.js';

/** A name as a YAML scalar: plain when it reads back as the same string, else quoted. */
function yamlName(name: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .'-]*$/u.test(name) && !/[ .]$/.test(name)
    ? name
    : JSON.stringify(name);
}

/**
 * `career quiz --template`: an answers file to fill in, every question with
 * its allowed values in comments. Answers are left empty on purpose: an
 * answer not given is reported, never taken to be "none". With `person`,
 * it is the file a manager or coach fills in about that person for a
 * check-in: it says who it is about (`for:`) and asks who answers (`by:`).
 * `career` is the command to run it with: with `--data`, that knowledge
 * base's (src/cli/invocation.ts).
 */
export function renderAnswersTemplate(
  knowledgeBase: KnowledgeBase,
  readiness: Readiness,
  to: Role,
  from?: Role,
  person?: string,
  career = 'career',
): string {
  const out: string[] = person
    ? [
        `# career check-in answers about ${person}, from their manager or coach. Answer each`,
        `# question as you see ${person}'s work ("you" below is ${person}), then run:`,
        `#   ${career} checkin ${person.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.yaml THIS-FILE   # their own answers first`,
        '',
      ]
    : [
        '# career quiz answers. Fill in every answer, then run:',
        `#   ${career} quiz --answers THIS-FILE`,
        '',
      ];
  out.push(
    '# The role you have now: an id, title or alias (career list shows them all).',
    `from: ${from ? from.id : ''}`.trimEnd(),
    '# The role you want next.',
    `to: ${to.id}`,
  );
  // The numbers under a responsibilities question mean something only for
  // this role as it is now: the fingerprint lets --answers tell.
  if (readiness.questions.some((q) => q.kind === 'responsibilities'))
    out.push(
      '# The role (and version of its responsibilities) your numbers below refer to: leave it as it is.',
      `fingerprint: ${tasksFingerprint(to)}`,
    );
  if (person)
    out.push(
      '# Who these answers are about, and who gives them (your name, or leave it empty).',
      `for: ${yamlName(person)}`,
      'by:',
    );
  for (const question of readiness.questions) {
    out.push('', `# ${question.title}: ${question.prompt}`);
    if (question.kind === 'scale') {
      const options = question.options ?? [];
      const width = Math.max(...options.map((o) => o.id.length));
      out.push('# One of:', ...options.map((o) => `#   ${o.id.padEnd(width)}  ${o.label}`));
    } else if (question.kind === 'responsibilities') {
      const words = readinessWords(readiness);
      out.push(
        `# The ${words.responsibilities} of ${to.title}: list the numbers of those you ${words.done}, like [1, 3], or [] for none.`,
      );
      const credit = from ? creditFor(knowledgeBase, from, to) : [];
      out.push(
        ...to.responsibilities.map((text, index) => {
          const mine = credit[index];
          const uses = mine?.uses.map((s) => s.title).join('; ');
          const note = !mine?.uses.length
            ? ''
            : mine.covered
              ? `\n#         (likely yours: you already use ${uses})`
              : `\n#         (partly yours: you already use ${uses})`;
          return `#   ${String(index + 1).padStart(2)}  ${text}${note}`;
        }),
      );
    } else {
      const width = Math.max(...knowledgeBase.preparation.map((p) => p.id.length));
      out.push(
        '# List the ids of those you have studied, like [technologies, customers], or [] for none.',
      );
      out.push(...knowledgeBase.preparation.map((p) => `#   ${p.id.padEnd(width)}  ${p.detail}`));
    }
    out.push(`${question.id}:`);
  }
  return `${out.join('\n')}\n`;
}
