import type { SearchHit, SearchMatch } from '../../engine/search.js';
import { highlight } from '../../text/highlight.js';
import { markdownText as md } from '../../text/markdown.js';
import { fitLine, wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';

const LABEL: Record<string, string> = {
  title: 'title',
  aliases: 'also known as',
  summary: 'summary',
  responsibility: 'responsibility',
};

/**
 * A skill match as a line: the skill, then the responsibility that carries
 * it ("uses Analytics: Monitor and analyze e-commerce metrics"); for a tool
 * only listed for the role, the work it serves ("uses … for: …").
 */
function skillLine(match: SearchMatch): { label: string; text: string } {
  const [first, ...others] = match.responsibilities ?? [];
  const more = others.length > 0 ? ` (and ${others.length} more)` : '';
  if (first === undefined) return { label: `  uses ${match.text}`, text: '' };
  return { label: `  uses ${match.text}${match.tagged ? ' for' : ''}: `, text: `${first}${more}` };
}

/** One of the texts a role matched on: its label ("  summary: ") and the text, which gets marked. */
function matchLine(match: SearchMatch): { label: string; text: string } {
  return match.field === 'skill'
    ? skillLine(match)
    : { label: `  ${LABEL[match.field]}: `, text: match.text };
}

/** How many of a role's matches are shown, best first. */
const SHOWN_MATCHES = 3;

/** On a terminal: each role, then up to three of the texts that matched, the matching words marked. */
export function renderSearchText(hits: readonly SearchHit[], s: Style, width: number): string {
  const out: string[] = [];
  for (const hit of hits) {
    if (out.length > 0) out.push('');
    out.push(fitLine(`${s.bold(hit.role.title)} ${s.dim(`(${s.cyan(hit.role.id)})`)}`, width));
    for (const match of hit.matches.slice(0, SHOWN_MATCHES)) {
      const { label, text } = matchLine(match);
      // Wrap the plain text first, then mark words line by line: no word spans two lines. A long
      // label (a tool's title) wraps like the text; only the text is marked.
      const whole = `${label.trimStart()}${text}`;
      const lines = wrap(whole, width, '    ', '  ').split('\n');
      // Characters of the label not yet laid out: each line takes its length, and the space it broke at.
      let labelLeft = whole.length - text.length;
      for (const [index, line] of lines.entries()) {
        const lead = index === 0 ? '  ' : '    ';
        const body = line.slice(lead.length);
        const labelled = Math.max(0, Math.min(body.length, labelLeft));
        labelLeft = Math.max(0, labelLeft - body.length - 1);
        const marked = highlight(body.slice(labelled), match.terms)
          .map((segment) => (segment.match ? s.bold(s.yellow(segment.text)) : segment.text))
          .join('');
        out.push(lead + (labelled > 0 ? s.dim(body.slice(0, labelled)) : '') + marked);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * `career search --markdown`: a document as the terminal shows it, each
 * role a section (titled as `show --markdown` titles a role) and its
 * matches a list, the matching words in bold.
 */
export function renderSearchMarkdown(query: string, hits: readonly SearchHit[]): string {
  const out = [`# Roles for "${md(query)}"`];
  for (const hit of hits) {
    out.push('', `## ${md(hit.role.title)} (\`${hit.role.id}\`)`, '');
    for (const match of hit.matches.slice(0, SHOWN_MATCHES)) {
      const { label, text } = matchLine(match);
      const marked = highlight(text.replace(/\s+/g, ' '), match.terms)
        .map((segment) => (segment.match ? `**${md(segment.text)}**` : md(segment.text)))
        .join('');
      out.push(`- ${md(label.trim())} ${marked}`.trimEnd());
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
