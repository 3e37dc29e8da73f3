import type { SearchHit } from '../../engine/search.js';
import { highlight } from '../../text/highlight.js';
import { wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';

const LABEL: Record<string, string> = {
  title: 'title',
  aliases: 'also known as',
  summary: 'summary',
  responsibility: 'responsibility',
};

/** On a terminal: each role, then up to three of the texts that matched, the matching words marked. */
export function renderSearchText(hits: readonly SearchHit[], s: Style, width: number): string {
  const out: string[] = [];
  for (const hit of hits) {
    if (out.length > 0) out.push('');
    out.push(`${s.bold(hit.role.title)} ${s.dim(`(${s.cyan(hit.role.id)})`)}`);
    for (const match of hit.matches.slice(0, 3)) {
      const label = `  ${LABEL[match.field]}: `;
      // Wrap the plain text first, then mark words line by line: no word spans two lines.
      const lines = wrap(match.text, width, '    ', label).split('\n');
      for (const [index, line] of lines.entries()) {
        const lead = index === 0 ? label : '    ';
        const marked = highlight(line.slice(lead.length), match.terms)
          .map((segment) => (segment.match ? s.bold(s.yellow(segment.text)) : segment.text))
          .join('');
        out.push((index === 0 ? s.dim(lead) : lead) + marked);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** Piped: `id TAB title TAB field TAB text` of each role's best match, best role first. */
export function renderSearchTsv(hits: readonly SearchHit[]): string {
  return hits
    .map((hit) => {
      const best = hit.matches[0];
      return `${[hit.role.id, hit.role.title, best?.field ?? '', (best?.text ?? '').replace(/[\t\r\n]+/g, ' ')].join('\t')}\n`;
    })
    .join('');
}

export function searchJson(hits: readonly SearchHit[]) {
  return hits.map((hit) => ({
    id: hit.role.id,
    title: hit.role.title,
    track: hit.role.track,
    level: hit.role.level,
    score: hit.score,
    matches: hit.matches,
  }));
}
