import type { Comparison } from '../../engine/compare.js';
import { levelTitle } from '../../engine/levels.js';
import { type SkillUse, skillRef } from '../../engine/skills.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Track } from '../../knowledge-base/schema.js';
import { markdownCell, markdownText as md } from '../../text/markdown.js';
import { midSentence } from '../../text/mid-sentence.js';
import { titleOf } from '../../text/titles.js';
import { padEnd, truncate } from '../../text/width.js';
import { wrap } from '../../text/wrap.js';
import type { Style } from '../color.js';

/** "Digital marketing: Drive traffic… It focuses on marketing…", from whichever of the two sentences a track has. */
function trackLine(track: Track): string {
  const focus = track.focus ? `It focuses on ${midSentence(track.focus)}` : '';
  return `${track.title}: ${[track.responsibility ?? '', focus].filter(Boolean).join(' ') || 'no description given.'}`;
}

/**
 * The tracks, when they differ and the data says what either is for: two
 * lines of "no description given" (an O*NET import's job families) would
 * only repeat the Track row.
 */
function describedTracks(c: Comparison): [Track, Track] | undefined {
  if (!c.tracks) return undefined;
  const { a, b } = c.tracks;
  const said = (t: Track) => !!(t.responsibility || t.focus);
  return said(a) || said(b) ? [a, b] : undefined;
}

/** A skill in compare's JSON: which, and the responsibilities of each role that carry it. */
const skillJson = (use: SkillUse) => ({
  ...skillRef(use.skill),
  carriedBy: { a: use.a, b: use.b },
});

/** The facts' labels' column ("Track", "Level"), with room to spare as it always had. */
const LABEL = 10;

const KIND_TITLES = { practice: 'Practices', tool: 'Tools', knowledge: 'Knowledge' } as const;

/** Skills as a line per kind: "Practices: Analytics; Strategy and planning". */
function skillLines(uses: readonly SkillUse[], width: number, s: Style): string[] {
  if (uses.length === 0) return [s.dim('  none')];
  return (['practice', 'tool', 'knowledge'] as const).flatMap((kind) => {
    const titles = uses.filter((use) => use.skill.kind === kind).map((use) => use.skill.title);
    return titles.length
      ? [wrap(`${KIND_TITLES[kind]}: ${titles.join('; ')}`, width, '    ', '  ')]
      : [];
  });
}

export function compareJson(c: Comparison) {
  const side = (r: Comparison['a']) => ({
    id: r.id,
    title: r.title,
    track: r.track,
    level: r.level,
  });
  return {
    a: side(c.a),
    b: side(c.b),
    sameTrack: c.sameTrack,
    sameLevel: c.sameLevel,
    shared: c.shared,
    onlyA: c.onlyA,
    onlyB: c.onlyB,
    sharedSkills: c.sharedSkills.map(skillJson),
    onlyASkills: c.onlyASkills.map(skillJson),
    onlyBSkills: c.onlyBSkills.map(skillJson),
    tracks: c.tracks && {
      a: { id: c.tracks.a.id, responsibility: c.tracks.a.responsibility, focus: c.tracks.a.focus },
      b: { id: c.tracks.b.id, responsibility: c.tracks.b.responsibility, focus: c.tracks.b.focus },
    },
    kept: c.kept,
  };
}

/**
 * The "only" sections: in a cumulative track the lower role's work is kept
 * by the higher one, so it reads "Kept at …" and the higher one's own list
 * is what its level adds.
 */
function onlySections(
  c: Comparison,
  name: (text: string) => string = (text) => text,
): { heading: string; items: string[] }[] {
  const higher = c.kept && (c.kept.by === 'a' ? c.a : c.b);
  return (
    [
      [c.a, c.onlyA],
      [c.b, c.onlyB],
    ] as const
  ).flatMap(([role, only]) => {
    if (!c.kept || !higher) return [{ heading: `Only ${name(role.title)}`, items: [...only] }];
    if (role === higher) return [{ heading: `What ${name(role.title)} adds`, items: [...only] }];
    return [
      {
        heading: `Kept at ${name(higher.title)} (its level keeps the levels below)`,
        items: c.kept.items,
      },
    ];
  });
}

/** Side by side for reading: the facts in two columns, then what both do and what only each does. */
export function renderCompareText(
  knowledgeBase: KnowledgeBase,
  c: Comparison,
  s: Style,
  width: number,
): string {
  // Two columns that always fit: each cell wraps inside its own (an id, one long word, is cut).
  const column = Math.max(8, Math.min(40, Math.floor((width - 12) / 2)));
  const last = Math.max(8, width - LABEL - 2 - column - 2);
  const cell = (text: string, size: number) =>
    wrap(text, size)
      .split('\n')
      .map((line) => truncate(line, size));
  const row = (label: string, a: string, b: string) => {
    const [left, right] = [cell(a, column), cell(b, last)];
    return Array.from({ length: Math.max(left.length, right.length) }, (_, i) =>
      `${(i ? '' : label).padEnd(LABEL)}  ${padEnd(left[i] ?? '', column)}  ${right[i] ?? ''}`.trimEnd(),
    ).join('\n');
  };
  const out = [
    s.bold(row('', c.a.title, c.b.title)),
    row('Id', c.a.id, c.b.id),
    row(
      'Track',
      titleOf(knowledgeBase.tracks, c.a.track),
      titleOf(knowledgeBase.tracks, c.b.track),
    ),
    row('Level', levelTitle(knowledgeBase, c.a), levelTitle(knowledgeBase, c.b)),
  ];
  const tracks = describedTracks(c);
  if (tracks) {
    out.push('', s.bold('Different tracks'));
    for (const track of tracks) {
      out.push(wrap(trackLine(track), width, '    ', '  • '));
    }
  }
  out.push('', s.bold('Skills both use'));
  out.push(...skillLines(c.sharedSkills, width, s));
  for (const [name, only] of [
    [c.a.title, c.onlyASkills],
    [c.b.title, c.onlyBSkills],
  ] as const) {
    out.push('', s.bold(wrap(`Skills only ${name} uses`, width, '  ', '')));
    out.push(...skillLines(only, width, s));
  }
  out.push('', s.bold('Both do'));
  if (c.shared.length === 0) out.push(s.dim('  no responsibility alike'));
  for (const pair of c.shared) {
    out.push(wrap(pair.a, width, '    ', '  • '));
    out.push(
      s.dim(
        wrap(`${pair.b} (similarity ${pair.similarity.toFixed(2)})`, width, '      ', '    ≈ '),
      ),
    );
  }
  for (const { heading, items } of onlySections(c)) {
    out.push('', s.bold(wrap(heading, width, '  ', '')));
    if (items.length === 0) out.push(s.dim('  nothing'));
    for (const text of items) out.push(wrap(text, width, '    ', '  • '));
  }
  return `${out.join('\n')}\n`;
}

export function renderCompareMarkdown(knowledgeBase: KnowledgeBase, c: Comparison): string {
  const out = [
    `# ${md(c.a.title)} and ${md(c.b.title)}`,
    '',
    `| | ${markdownCell(c.a.title)} | ${markdownCell(c.b.title)} |`,
    '| --- | --- | --- |',
    `| Id | \`${c.a.id}\` | \`${c.b.id}\` |`,
    `| Track | ${markdownCell(titleOf(knowledgeBase.tracks, c.a.track))} | ${markdownCell(titleOf(knowledgeBase.tracks, c.b.track))} |`,
    `| Level | ${markdownCell(levelTitle(knowledgeBase, c.a))} | ${markdownCell(levelTitle(knowledgeBase, c.b))} |`,
  ];
  const tracks = describedTracks(c);
  if (tracks) {
    out.push('', '## Different tracks', '');
    for (const track of tracks)
      out.push(`- **${md(track.title)}:** ${md(trackLine(track).slice(track.title.length + 2))}`);
  }
  out.push('', '## Skills both use', '');
  out.push(
    ...(c.sharedSkills.length
      ? c.sharedSkills.map((u) => `- ${md(u.skill.title)} (${u.skill.kind})`)
      : ['None.']),
  );
  for (const [name, only] of [
    [c.a.title, c.onlyASkills],
    [c.b.title, c.onlyBSkills],
  ] as const) {
    out.push('', `## Skills only ${md(name)} uses`, '');
    out.push(
      ...(only.length ? only.map((u) => `- ${md(u.skill.title)} (${u.skill.kind})`) : ['None.']),
    );
  }
  out.push('', '## Both do', '');
  if (c.shared.length === 0) out.push('No responsibility alike.');
  for (const pair of c.shared)
    out.push(`- ${md(pair.a)} ≈ ${md(pair.b)} (similarity ${pair.similarity.toFixed(2)})`);
  for (const { heading, items } of onlySections(c, md)) {
    out.push(
      '',
      `## ${heading}`,
      '',
      ...(items.length ? items.map((t) => `- ${md(t)}`) : ['Nothing.']),
    );
  }
  return `${out.join('\n')}\n`;
}
