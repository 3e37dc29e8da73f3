import { nextRoles, previousRoles, roleById } from '../../engine/graph.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role, Source } from '../../knowledge-base/schema.js';
import { wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';

function titleOf(knowledgeBase: KnowledgeBase, section: 'tracks' | 'levels', id: string): string {
  return knowledgeBase[section].find((item) => item.id === id)?.title ?? id;
}

/** `career show` for reading: one role laid out to the given width. */
export function renderRoleText(
  knowledgeBase: KnowledgeBase,
  role: Role,
  s: Style,
  width: number,
): string {
  const out: string[] = [];
  out.push(`${s.bold(role.title)}  ${s.dim(`(${role.id})`)}`);
  const facts = [
    titleOf(knowledgeBase, 'tracks', role.track),
    titleOf(knowledgeBase, 'levels', role.level),
  ];
  out.push([...facts, ...(role.code ? [role.code] : [])].join(' · '));
  if (role.aliases.length > 0)
    out.push(s.dim(wrap(`Also known as: ${role.aliases.join(', ')}`, width, '  ', '')));
  out.push('', wrap(role.summary, width));
  out.push('', s.bold('Responsibilities'));
  for (const responsibility of role.responsibilities)
    out.push(wrap(responsibility, width, '    ', '  • '));
  const link = (r: Role) => `${r.title} ${s.dim(`(${s.cyan(r.id)})`)}`;
  const next = nextRoles(knowledgeBase, role);
  out.push('', s.bold('Leads to'));
  out.push(...(next.length ? next.map((r) => `  → ${link(r)}`) : [s.dim('  none listed')]));
  const previous = previousRoles(knowledgeBase, role);
  out.push('', s.bold('Reached from'));
  out.push(
    ...(previous.length
      ? previous.map((r) => `  ← ${link(r)}`)
      : [s.dim('  none listed: a starting role')]),
  );
  const { related, source } = extras(knowledgeBase, role);
  if (related.length > 0) out.push('', s.bold('Related'), ...related.map((r) => `  ~ ${link(r)}`));
  if (source) out.push('', s.dim(wrap(`Source: ${source.attribution}`, width)));
  return `${out.join('\n')}\n`;
}

/** `career show --markdown`: a document to paste into a wiki. */
export function renderRoleMarkdown(knowledgeBase: KnowledgeBase, role: Role): string {
  const out: string[] = [];
  out.push(`# ${role.title}`, '');
  out.push(
    `- **Id:** \`${role.id}\``,
    `- **Track:** ${titleOf(knowledgeBase, 'tracks', role.track)}`,
    `- **Level:** ${titleOf(knowledgeBase, 'levels', role.level)}`,
  );
  if (role.code) out.push(`- **Code:** ${role.code}`);
  if (role.aliases.length > 0) out.push(`- **Also known as:** ${role.aliases.join(', ')}`);
  out.push('', role.summary, '', '## Responsibilities', '');
  for (const responsibility of role.responsibilities) out.push(`- ${responsibility}`);
  const link = (r: Role) => `- ${r.title} (\`${r.id}\`)`;
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
  if (source) out.push('', `*Source: ${source.attribution}*`);
  return `${out.join('\n')}\n`;
}

/** What only some roles have: related roles, and the source they came from. */
function extras(knowledgeBase: KnowledgeBase, role: Role): { related: Role[]; source?: Source } {
  const related = (role.related ?? []).flatMap((id) => roleById(knowledgeBase, id) ?? []);
  const source = knowledgeBase.sources.find((x) => x.id === role.source);
  return source ? { related, source } : { related };
}
