import { roleSkillDetails, skillCatalog } from '../../engine/skill-catalog.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { type OutputFormat, toYaml } from '../output-format.js';
import { toJson } from '../render/records.js';
import {
  catalogRecords,
  renderCatalogMarkdown,
  renderCatalogText,
  renderCatalogTsv,
  renderRoleSkillsMarkdown,
  renderRoleSkillsText,
  renderRoleSkillsTsv,
  roleSkillsRecord,
} from '../render/skills.js';
import { roleNamed } from './resolve-roles.js';

export interface SkillsOptions {
  /** A role to list the skills of; the whole taxonomy when left out. */
  role?: string;
  format?: OutputFormat;
}

/** `career skills [role]`: the taxonomy by kind, or one role's skills with the responsibilities that carry them. */
export async function skills(context: CommandContext, options: SkillsOptions): Promise<void> {
  const knowledgeBase = await context.knowledgeBase();
  const { stdout } = context.io;
  if (options.role !== undefined) {
    const role = roleNamed(knowledgeBase, options.role);
    const details = roleSkillDetails(knowledgeBase, role);
    if (options.format === 'json') stdout.write(toJson(roleSkillsRecord(role, details)));
    else if (options.format === 'yaml') stdout.write(await toYaml(roleSkillsRecord(role, details)));
    else if (options.format === 'markdown') stdout.write(renderRoleSkillsMarkdown(role, details));
    else if (stdout.isTTY)
      stdout.write(
        renderRoleSkillsText(role, details, await context.style(stdout), textWidth(stdout.columns)),
      );
    else stdout.write(renderRoleSkillsTsv(details));
    return;
  }
  const catalog = skillCatalog(knowledgeBase);
  if (options.format === 'json') stdout.write(toJson(catalogRecords(catalog)));
  else if (options.format === 'yaml') stdout.write(await toYaml(catalogRecords(catalog)));
  else if (options.format === 'markdown') stdout.write(renderCatalogMarkdown(catalog));
  else if (stdout.isTTY)
    stdout.write(
      renderCatalogText(catalog, await context.style(stdout), textWidth(stdout.columns)),
    );
  else stdout.write(renderCatalogTsv(catalog));
}
