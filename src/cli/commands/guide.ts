import { normalize } from '../../text/normalize.js';
import { shorten } from '../../text/quote.js';
import { closest, suggesting } from '../../text/similarity.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { dataText, isData, type OutputFormat } from '../output-format.js';
import { renderGuideMarkdown, renderGuideText, topicJson } from '../render/guide.js';

export interface GuideOptions {
  topic?: string;
  format?: OutputFormat;
}

export async function guide(context: CommandContext, options: GuideOptions): Promise<void> {
  const knowledgeBase = await context.knowledgeBase();
  let topics = knowledgeBase.guidance;
  if (options.topic !== undefined) {
    const key = normalize(options.topic);
    const topic = topics.find((t) => normalize(t.id) === key || normalize(t.title) === key);
    if (!topic) {
      const ids = topics.map((t) => t.id);
      throw new CliError(
        `${suggesting(`unknown topic "${shorten(options.topic)}"`, closest(options.topic, ids))} (topics: ${ids.join(', ')})`,
        EXIT.notFound,
      );
    }
    topics = [topic];
  }
  const { stdout } = context.io;
  if (isData(options.format)) {
    const json = topics.map((t) => topicJson(knowledgeBase, t));
    stdout.write(await dataText(options.format, options.topic === undefined ? json : json[0]));
  } else if (options.format === 'markdown')
    stdout.write(renderGuideMarkdown(knowledgeBase, topics));
  else
    stdout.write(
      renderGuideText(
        knowledgeBase,
        topics,
        await context.style(stdout),
        textWidth(stdout.columns),
      ),
    );
}
