import { nextRoles, previousRoles, roleById } from '../../engine/graph.js';
import { levelTitle } from '../../engine/levels.js';
import { roleSkills, skillById } from '../../engine/skills.js';
import { byTheme } from '../../engine/themes.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role, Skill, SkillKind, Source } from '../../knowledge-base/schema.js';
import { markdownText as md } from '../../text/markdown.js';
import { titleOf } from '../../text/titles.js';
import { fitLine, wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';
import { KIND_HEADINGS } from './skills.js';

/**
 * How a role's code reads: an O*NET-SOC code (two digits, four, and two
 * after the point) says which classification it is from; any other code is
 * just a code.
 */
export function codeLabel(code: string): string {
  return /^\d{2}-\d{4}\.\d{2}$/.test(code) ? `O*NET-SOC ${code}` : `Code ${code}`;
}

/** A role's skills by kind, practices first, leaving out kinds it has none of. */
function skillsByKind(knowledgeBase: KnowledgeBase, role: Role): [SkillKind, Skill[]][] {
  const skills = roleSkills(knowledgeBase, role).flatMap(
    (entry) => skillById(knowledgeBase, entry.skill) ?? [],
  );
  return (Object.keys(KIND_HEADINGS) as SkillKind[])
    .map((kind): [SkillKind, Skill[]] => [kind, skills.filter((skill) => skill.kind === kind)])
    .filter(([, ofKind]) => ofKind.length > 0);
}

/** `career show` for reading: one role laid out to the given width; `career` begins the command it names. */
export function renderRoleText(
  knowledgeBase: KnowledgeBase,
  role: Role,
  s: Style,
  width: number,
  career = 'career',
): string {
  const out: string[] = [];
  out.push(fitLine(`${s.bold(role.title)}  ${s.dim(`(${role.id})`)}`, width));
  const facts = [titleOf(knowledgeBase.tracks, role.track), levelTitle(knowledgeBase, role)];
  const withCode = [...facts, ...(role.code ? [codeLabel(role.code)] : [])].join(' · ');
  // On a narrow terminal the code gets a line of its own rather than being cut from its label.
  if (role.code && withCode.length > width) out.push(facts.join(' · '), codeLabel(role.code));
  else out.push(withCode);
  if (role.aliases.length > 0)
    out.push(s.dim(wrap(`Also known as: ${role.aliases.join(', ')}`, width, '  ', '')));
  out.push('', wrap(role.summary, width));
  out.push('', s.bold('Responsibilities'));
  for (const group of byTheme(role)) {
    if (group.theme) out.push(`  ${s.underline(group.theme)}`);
    const indent = group.theme ? '  ' : '';
    for (const item of group.items) {
      out.push(wrap(item.text, width, `${indent}    `, `${indent}  • `));
      for (const example of item.examples)
        out.push(s.dim(wrap(`e.g. ${example}`, width, `${indent}      `, `${indent}    `)));
    }
  }
  const byKind = skillsByKind(knowledgeBase, role);
  if (byKind.length > 0) {
    out.push('', s.bold('Skills'));
    const labelWidth = Math.max(...byKind.map(([kind]) => KIND_HEADINGS[kind].title.length));
    const indent = ' '.repeat(labelWidth + 4);
    for (const [kind, skills] of byKind) {
      const label = KIND_HEADINGS[kind].title.padEnd(labelWidth);
      // A tool's title names its products with commas: a semicolon keeps the items apart.
      out.push(wrap(skills.map((skill) => skill.title).join('; '), width, indent, `  ${label}  `));
    }
    out.push(
      s.dim(
        wrap(`Which responsibilities carry them: ${career} skills ${role.id}`, width, '    ', '  '),
      ),
    );
  }
  const link = (r: Role) => `${r.title} ${s.dim(`(${s.cyan(r.id)})`)}`;
  const next = nextRoles(knowledgeBase, role);
  out.push('', s.bold('Leads to'));
  out.push(
    ...(next.length
      ? next.map((r) => fitLine(`  → ${link(r)}`, width, '    '))
      : [s.dim('  none listed')]),
  );
  const previous = previousRoles(knowledgeBase, role);
  out.push('', s.bold('Reached from'));
  out.push(
    ...(previous.length
      ? previous.map((r) => fitLine(`  ← ${link(r)}`, width, '    '))
      : [s.dim('  none listed: a starting role')]),
  );
  const { related, source } = extras(knowledgeBase, role);
  if (related.length > 0)
    out.push(
      '',
      s.bold('Related'),
      ...related.map((r) => fitLine(`  ~ ${link(r)}`, width, '    ')),
    );
  if (source) out.push('', s.dim(wrap(`Source: ${source.attribution}`, width)));
  return `${out.join('\n')}\n`;
}

/** `career show --markdown`: a document to paste into a wiki. */
export function renderRoleMarkdown(knowledgeBase: KnowledgeBase, role: Role): string {
  const out: string[] = [];
  out.push(`# ${md(role.title)}`, '');
  out.push(
    `- **Id:** \`${role.id}\``,
    `- **Track:** ${md(titleOf(knowledgeBase.tracks, role.track))}`,
    `- **Level:** ${md(levelTitle(knowledgeBase, role))}`,
  );
  if (role.code) {
    const [label, ...code] = codeLabel(role.code).split(' ');
    out.push(`- **${md(label ?? '')}:** ${md(code.join(' '))}`);
  }
  if (role.aliases.length > 0) out.push(`- **Also known as:** ${role.aliases.map(md).join(', ')}`);
  out.push('', md(role.summary), '', '## Responsibilities', '');
  for (const group of byTheme(role)) {
    if (group.theme) out.push(`- **${md(group.theme)}**`);
    const indent = group.theme ? '  ' : '';
    for (const item of group.items) {
      out.push(`${indent}- ${md(item.text)}`);
      for (const example of item.examples) out.push(`${indent}  - *e.g.* ${md(example)}`);
    }
  }
  const byKind = skillsByKind(knowledgeBase, role);
  if (byKind.length > 0) {
    out.push('', '## Skills', '');
    for (const [kind, skills] of byKind)
      out.push(
        `- **${KIND_HEADINGS[kind].title}:** ${skills.map((skill) => md(skill.title)).join('; ')}`,
      );
  }
  const link = (r: Role) => `- ${md(r.title)} (\`${r.id}\`)`;
  const next = nextRoles(knowledgeBase, role);
  out.push('', '## Leads to', '', ...(next.length ? next.map(link) : ['None listed.']));
  const previous = previousRoles(knowledgeBase, role);
  out.push(
    '',
    '## Reached from',
    '',
    ...(previous.length ? previous.map(link) : ['None listed: a starting role.']),
  );
  const { related, source } = extras(knowledgeBase, role);
  if (related.length > 0) out.push('', '## Related', '', ...related.map(link));
  if (source) out.push('', `*Source: ${md(source.attribution)}*`);
  return `${out.join('\n')}\n`;
}

/** What only some roles have: related roles, and the source they came from. */
function extras(knowledgeBase: KnowledgeBase, role: Role): { related: Role[]; source?: Source } {
  const related = (role.related ?? []).flatMap((id) => roleById(knowledgeBase, id) ?? []);
  const source = knowledgeBase.sources.find((x) => x.id === role.source);
  return source ? { related, source } : { related };
}
