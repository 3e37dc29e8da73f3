import type { CatalogEntry, RoleSkillDetail } from '../../engine/skill-catalog.js';
import type { Role, SkillKind } from '../../knowledge-base/schema.js';
import { markdownCell, markdownText as md } from '../../text/markdown.js';
import { capital, plural } from '../../text/sentence.js';
import { truncate } from '../../text/width.js';
import { fitLine, wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';

/** How each kind is headed, and what it means, wherever skills are grouped. */
export const KIND_HEADINGS: Record<SkillKind, { title: string; meaning: string }> = {
  practice: { title: 'Practices', meaning: 'ways of working' },
  tool: { title: 'Tools', meaning: 'products people in these roles use' },
  knowledge: { title: 'Knowledge', meaning: 'what to know' },
};

const KINDS = Object.keys(KIND_HEADINGS) as SkillKind[];

const roleCount = (n: number) => (n === 0 ? 'no role' : plural(n, 'role'));

/** Tabs or newlines inside a field would break the columns, so they become spaces. */
const field = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

/**
 * The JSON shapes of `career skills`: a public interface for scripts,
 * documented in docs/json.md and changed only on purpose.
 */
export function catalogRecords(entries: readonly CatalogEntry[]) {
  return entries.map(({ skill, roles }) => ({
    id: skill.id,
    title: skill.title,
    kind: skill.kind,
    description: skill.description,
    terms: [...skill.terms],
    ...(skill.usedFor ? { usedFor: [...skill.usedFor] } : {}),
    ...(skill.deliverable ? { deliverable: skill.deliverable } : {}),
    ...(skill.evidence ? { evidence: skill.evidence } : {}),
    roles: [...roles],
  }));
}

export function roleSkillsRecord(role: Role, details: readonly RoleSkillDetail[]) {
  return {
    role: { id: role.id, title: role.title },
    skills: details.map((d) => ({
      id: d.skill.id,
      title: d.skill.title,
      kind: d.skill.kind,
      listed: d.listed,
      responsibilities: [...d.responsibilities],
      serves: d.serves.map((s) => s.id),
    })),
  };
}

/** `career skills` piped: `id TAB title TAB kind TAB roles TAB description`, one skill a line. */
export function renderCatalogTsv(entries: readonly CatalogEntry[]): string {
  return entries
    .map(({ skill, roles }) =>
      [skill.id, skill.title, skill.kind, String(roles.length), skill.description]
        .map(field)
        .join('\t'),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** `career skills` on a terminal: grouped by kind, ids in a column, how many roles use each. */
export function renderCatalogText(
  entries: readonly CatalogEntry[],
  s: Style,
  width: number,
): string {
  if (entries.length === 0) return `${s.dim('This knowledge base defines no skills.')}\n`;
  // An id longer than its column is cut with an ellipsis, so titles keep room to be read.
  const idWidth = Math.max(
    1,
    Math.min(Math.max(...entries.map((e) => e.skill.id.length)), width - 4 - 16),
  );
  const indent = ' '.repeat(idWidth + 4);
  const out: string[] = [];
  for (const kind of KINDS) {
    const ofKind = entries.filter((e) => e.skill.kind === kind);
    if (ofKind.length === 0) continue;
    if (out.length > 0) out.push('');
    const heading = KIND_HEADINGS[kind];
    out.push(fitLine(`${s.bold(heading.title)}  ${s.dim(`${heading.meaning}`)}`, width));
    for (const { skill, roles } of ofKind) {
      // The title wrapped short enough for the count to end its last line; the id is never split.
      const id = truncate(skill.id, idWidth).padEnd(idWidth);
      const count = ` · ${roleCount(roles.length)}`;
      const title = wrap(skill.title, width - count.length, indent, `  ${id}  `);
      // Where even that cannot fit (a narrow terminal), the count goes on a line of its own.
      const fits = title.split('\n').every((line) => line.length + count.length <= width);
      const shown = fits ? title : wrap(skill.title, width, indent, `  ${id}  `);
      const tally = roles.length ? s.dim(count) : s.yellow(count);
      out.push(
        `  ${s.cyan(id)}${shown.slice(id.length + 2)}${fits ? tally : `\n${indent}${tally.replace(' · ', '')}`}`,
      );
      out.push(s.dim(wrap(skill.description, width, indent)));
    }
  }
  const count = plural(entries.length, 'skill');
  out.push('', s.dim(wrap(`${count}. A role's skills: career skills <role>`, width)));
  return `${out.join('\n')}\n`;
}

/** `career skills --markdown`: a table per kind. */
export function renderCatalogMarkdown(entries: readonly CatalogEntry[]): string {
  const cell = (value: string) => markdownCell(field(value));
  const out = ['# Skills'];
  for (const kind of KINDS) {
    const ofKind = entries.filter((e) => e.skill.kind === kind);
    if (ofKind.length === 0) continue;
    const heading = KIND_HEADINGS[kind];
    out.push('', `## ${heading.title}`, '', `${capital(heading.meaning)}.`, '');
    out.push('| Id | Skill | Roles | Description |', '| --- | --- | --- | --- |');
    for (const { skill, roles } of ofKind)
      out.push(
        `| \`${skill.id}\` | ${cell(skill.title)} | ${roles.length} | ${cell(skill.description)} |`,
      );
  }
  return `${out.join('\n')}\n`;
}

/** Why a listed skill is there: "listed for the role; serves: Analytics, Performance reporting and KPIs". */
function listedReason(detail: RoleSkillDetail): string {
  if (detail.serves.length === 0) return 'listed for the role';
  return `listed for the role; serves: ${detail.serves.map((s) => s.title).join(', ')}`;
}

/** `career skills <role>` piped: `id TAB title TAB kind TAB named|listed TAB responsibility numbers`. */
export function renderRoleSkillsTsv(details: readonly RoleSkillDetail[]): string {
  return details
    .map((d) => {
      const numbers = d.indexes.map((i) => i + 1);
      return [
        d.skill.id,
        d.skill.title,
        d.skill.kind,
        d.listed ? 'listed' : 'named',
        numbers.join(','),
      ]
        .map(field)
        .join('\t');
    })
    .map((line) => `${line}\n`)
    .join('');
}

/** `career skills <role>` on a terminal: by kind, each skill with the responsibilities that carry it. */
export function renderRoleSkillsText(
  role: Role,
  details: readonly RoleSkillDetail[],
  s: Style,
  width: number,
): string {
  const out = [fitLine(`${s.bold(role.title)}  ${s.dim(`(${role.id})`)}`, width)];
  if (details.length === 0) {
    out.push('', s.dim('No skills: no responsibility names one, and the role lists none.'));
    return `${out.join('\n')}\n`;
  }
  for (const kind of KINDS) {
    const ofKind = details.filter((d) => d.skill.kind === kind);
    if (ofKind.length === 0) continue;
    out.push('', s.bold(KIND_HEADINGS[kind].title));
    for (const detail of ofKind) {
      // The id ends the title's last line, or has a line of its own: never split.
      const title = wrap(detail.skill.title, width, '    ', '  ');
      const last = title.length - title.lastIndexOf('\n') - 1;
      const fits = last + detail.skill.id.length + 4 <= width;
      out.push(`${title}${fits ? '  ' : '\n    '}${s.dim(`(${s.cyan(detail.skill.id)})`)}`);
      if (detail.listed) out.push(s.dim(wrap(listedReason(detail), width, '      ', '    ')));
      for (const text of detail.responsibilities) out.push(wrap(text, width, '      ', '    • '));
    }
  }
  out.push('', s.dim(wrap(`${details.length} skills. The whole taxonomy: career skills`, width)));
  return `${out.join('\n')}\n`;
}

/** `career skills <role> --markdown`: a section per kind, each skill with its responsibilities. */
export function renderRoleSkillsMarkdown(role: Role, details: readonly RoleSkillDetail[]): string {
  const out = [`# Skills of ${md(role.title)}`];
  if (details.length === 0)
    out.push('', 'No skills: no responsibility names one, and the role lists none.');
  for (const kind of KINDS) {
    const ofKind = details.filter((d) => d.skill.kind === kind);
    if (ofKind.length === 0) continue;
    out.push('', `## ${KIND_HEADINGS[kind].title}`, '');
    for (const detail of ofKind) {
      const reason = detail.listed ? ` (${listedReason(detail)})` : '';
      out.push(`- **${md(detail.skill.title)}** (\`${detail.skill.id}\`)${md(reason)}`);
      for (const text of detail.responsibilities) out.push(`  - ${md(text)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
