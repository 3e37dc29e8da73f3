import { levelTitle, trackLevels } from '../../engine/levels.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role } from '../../knowledge-base/schema.js';
import { markdownCell, markdownTable } from '../../text/markdown.js';
import { plural } from '../../text/sentence.js';
import { titleOf } from '../../text/titles.js';
import { truncate } from '../../text/width.js';
import { wrap } from '../../text/wrap.js';
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
 * Everything fits `width`: a track's focus and a role's title wrap under
 * themselves, and an id longer than its column (an imported O*NET id can be
 * 100 characters) is cut with an ellipsis, so one long id never pushes
 * every title off the screen (`career show` takes a title too).
 */
export function renderListTable(
  knowledgeBase: KnowledgeBase,
  roles: readonly Role[],
  s: Style,
  width: number,
): string {
  if (roles.length === 0) return `${s.dim('No roles match these filters.')}\n`;
  // Ids as wide as the longest, unless that leaves the titles too little room: then
  // as wide as the titles leave, but never less than half the line.
  const longestId = Math.max(...roles.map((r) => r.id.length));
  const longestTitle = Math.max(...roles.map((r) => r.title.length));
  const idWidth = Math.max(
    1,
    Math.min(longestId, Math.max(width - 6 - longestTitle, Math.floor((width - 6) / 2))),
  );
  const titleIndent = ' '.repeat(4 + idWidth + 2);
  const out: string[] = [];
  for (const track of knowledgeBase.tracks) {
    const inTrack = roles.filter((r) => r.track === track.id);
    if (inTrack.length === 0) continue;
    if (out.length > 0) out.push('');
    // The focus beside the title, wrapped under it with a hanging indent.
    if (track.focus) {
      const [first = '', ...rest] = wrap(
        track.focus,
        width,
        '  ',
        ' '.repeat(track.title.length + 2),
      ).split('\n');
      out.push(
        `${s.bold(track.title)}  ${s.dim(first.trimStart())}`,
        ...rest.map((line) => `  ${s.dim(line.trimStart())}`),
      );
    } else out.push(s.bold(wrap(track.title, width, '  ', '')));
    for (const level of trackLevels(knowledgeBase, track)) {
      const inLevel = inTrack.filter((r) => r.level === level.id);
      if (inLevel.length === 0) continue;
      out.push(`  ${s.underline(level.title)}`);
      for (const role of inLevel) {
        const id = truncate(role.id, idWidth).padEnd(idWidth);
        const title = wrap(role.title, width, titleIndent, titleIndent).slice(titleIndent.length);
        out.push(`    ${s.cyan(id)}  ${title}`);
      }
    }
  }
  const count = plural(roles.length, 'role');
  out.push('', s.dim(wrap(`${count}. See one in full: career show <role>`, width)));
  return `${out.join('\n')}\n`;
}

/** `career list --markdown`: the roles as a table for a wiki, in the order list gives them (by track, then level). */
export function renderListMarkdown(knowledgeBase: KnowledgeBase, roles: readonly Role[]): string {
  const rows = roles.map((r) => [
    `\`${r.id}\``,
    markdownCell(r.title),
    markdownCell(titleOf(knowledgeBase.tracks, r.track)),
    markdownCell(levelTitle(knowledgeBase, r)),
  ]);
  return `${['# Roles', '', ...markdownTable(['Id', 'Role', 'Track', 'Level'], rows)].join('\n')}\n`;
}
