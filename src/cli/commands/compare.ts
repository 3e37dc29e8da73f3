import { compareRoles } from '../../engine/compare.js';
import { shorten } from '../../text/quote.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { dataText, isData, type OutputFormat } from '../output-format.js';
import { compareJson, renderCompareMarkdown, renderCompareText } from '../render/compare.js';
import { roleNamed } from './resolve-roles.js';

export interface CompareOptions {
  a: string;
  b: string;
  format?: OutputFormat;
}

export async function compare(context: CommandContext, options: CompareOptions): Promise<void> {
  const knowledgeBase = await context.knowledgeBase();
  const a = roleNamed(knowledgeBase, options.a);
  const b = roleNamed(knowledgeBase, options.b);
  if (a.id === b.id)
    throw new CliError(
      `"${shorten(options.a)}" and "${shorten(options.b)}" are both ${a.id}: compare two different roles`,
      EXIT.usage,
    );
  const comparison = compareRoles(knowledgeBase, a, b);
  const { stdout } = context.io;
  if (isData(options.format)) stdout.write(await dataText(options.format, compareJson(comparison)));
  else if (options.format === 'markdown')
    stdout.write(renderCompareMarkdown(knowledgeBase, comparison));
  else
    stdout.write(
      renderCompareText(
        knowledgeBase,
        comparison,
        await context.style(stdout),
        textWidth(stdout.columns),
      ),
    );
}
