import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { GuidanceTopic } from '../../knowledge-base/schema.js';
import { markdownText as md } from '../../text/markdown.js';
import { fitLine, wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';

/** A topic as JSON: its points, and the preparation areas where they belong. */
export function topicJson(knowledgeBase: KnowledgeBase, topic: GuidanceTopic) {
  const { preparation, ...rest } = topic;
  return preparation ? { ...rest, preparation: knowledgeBase.preparation } : rest;
}

export function renderGuideText(
  knowledgeBase: KnowledgeBase,
  topics: readonly GuidanceTopic[],
  s: Style,
  width: number,
): string {
  const out: string[] = [];
  for (const topic of topics) {
    if (out.length > 0) out.push('');
    out.push(
      fitLine(`${s.bold(topic.title)}  ${s.dim(`(${topic.id})`)}`, width),
      wrap(topic.summary, width),
      '',
    );
    for (const point of topic.points) out.push(wrap(point, width, '    ', '  • '));
    if (topic.preparation) {
      out.push('', `  ${s.underline('What to learn before you start')}`);
      for (const [index, area] of knowledgeBase.preparation.entries()) {
        out.push(
          wrap(`${s.bold(area.title)}: ${area.detail}`, width, '       ', `  ${index + 1}. `),
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}

export function renderGuideMarkdown(
  knowledgeBase: KnowledgeBase,
  topics: readonly GuidanceTopic[],
): string {
  // A document starts at "#", as `show --markdown` does: one topic is the page's title, several sit under one.
  const single = topics.length === 1;
  const h = (level: number) => '#'.repeat(single ? level : level + 1);
  const out: string[] = single ? [] : ['# Career guide'];
  for (const topic of topics) {
    if (out.length > 0) out.push('');
    out.push(
      `${h(1)} ${md(topic.title)}`,
      '',
      `*${md(topic.summary)}*`,
      '',
      ...topic.points.map((p) => `- ${md(p)}`),
    );
    if (topic.preparation) {
      out.push('', `${h(2)} What to learn before you start`, '');
      out.push(
        ...knowledgeBase.preparation.map(
          (area, i) => `${i + 1}. **${md(area.title)}:** ${md(area.detail)}`,
        ),
      );
    }
  }
  return `${out.join('\n')}\n`;
}
