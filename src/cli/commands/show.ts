import type { Role } from '../../knowledge-base/schema.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { careerCommand } from '../invocation.js';
import { type OutputFormat, toYaml } from '../output-format.js';
import { roleRecord, toJson } from '../render/records.js';
import { renderRoleMarkdown, renderRoleText } from '../render/role.js';
import { storedRole } from '../render/stored-role.js';
import { roleNamed } from './resolve-roles.js';

export interface ShowOptions {
  roles: string[];
  format?: OutputFormat;
}

export async function show(context: CommandContext, options: ShowOptions): Promise<void> {
  const knowledgeBase = await context.knowledgeBase();
  // Resolve every name before printing anything: one unknown role means
  // nothing on stdout, not half an answer.
  // Two names for one role ("seo" and "seo-specialist") show it once.
  const roles: Role[] = [
    ...new Map(
      options.roles.map((name) => roleNamed(knowledgeBase, name)).map((role) => [role.id, role]),
    ).values(),
  ];
  const { stdout } = context.io;
  const records = () => roles.map((role) => roleRecord(knowledgeBase, role));
  const one = roles.length === 1;
  switch (options.format) {
    case 'json':
      stdout.write(toJson(one ? records()[0] : records()));
      return;
    case 'yaml':
      // A knowledge-base file, one role or several: `--data` loads it as it is.
      stdout.write(await toYaml({ roles: roles.map(storedRole) }));
      return;
    case 'markdown':
      stdout.write(roles.map((role) => renderRoleMarkdown(knowledgeBase, role)).join('\n'));
      return;
    default: {
      const s = await context.style(stdout);
      const width = textWidth(stdout.columns);
      // The command it names (`career skills ROLE`) loads the same data.
      const career = careerCommand(context.globals());
      stdout.write(
        roles.map((role) => renderRoleText(knowledgeBase, role, s, width, career)).join('\n'),
      );
    }
  }
}
