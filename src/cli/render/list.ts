import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role } from '../../knowledge-base/schema.js';
import type { Style } from '../color.js';

/**
 * `career list` piped: one role a line, `id TAB title TAB track TAB level`,
 * no header and no colour, for cut, grep and awk. Tabs or newlines inside a
 * field would break the columns, so they become spaces.
 */
export function renderListTsv(roles: readonly Role[]): string {
  const field = (value: string) => value.replace(/[\t\r\n]+/g, ' ');
  return (
    roles.map((r) => [r.id, r.title, r.track, r.level].map(field).join('\t')).join('\n') +
    (roles.length ? '\n' : '')
  );
}

/**
 * `career list` on a terminal: the roles grouped by track, then level, each
 * track with what it focuses on, ids in a column so they can be copied.
 */
export function renderListTable(
  knowledgeBase: KnowledgeBase,
  roles: readonly Role[],
  s: Style,
): string {
  if (roles.length === 0) return `${s.dim('No roles match these filters.')}\n`;
  const idWidth = Math.max(...roles.map((r) => r.id.length));
  const out: string[] = [];
  for (const track of knowledgeBase.tracks) {
    const inTrack = roles.filter((r) => r.track === track.id);
    if (inTrack.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(track.focus ? `${s.bold(track.title)}  ${s.dim(track.focus)}` : s.bold(track.title));
    for (const level of knowledgeBase.levels) {
      const inLevel = inTrack.filter((r) => r.level === level.id);
      if (inLevel.length === 0) continue;
      out.push(`  ${s.underline(level.title)}`);
      for (const role of inLevel) out.push(`    ${s.cyan(role.id.padEnd(idWidth))}  ${role.title}`);
    }
  }
  const count = `${roles.length} ${roles.length === 1 ? 'role' : 'roles'}`;
  out.push('', s.dim(`${count}. See one in full: career show <role>`));
  return `${out.join('\n')}\n`;
}
