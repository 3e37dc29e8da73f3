import type { Step, Tree } from '../../engine/path.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role } from '../../knowledge-base/schema.js';
import { markdownText as md } from '../../text/markdown.js';
import { capital, plural } from '../../text/sentence.js';
import { displayWidth } from '../../text/width.js';
import { fitLine, wrap } from '../../text/wrap.js';
import { type Piece, wrapPieces } from '../../text/wrap-pieces.js';
import { plain, type Style } from '../color.js';

/** What a step takes besides its fit: "6 new skills", "2 new responsibilities". */
function stepNews(step: Step): string {
  return step.basis === 'skills'
    ? plural(step.newSkills.length, 'new skill')
    : plural(step.gains.length, 'new responsibility').replace(
        'responsibilitys',
        'responsibilities',
      );
}

function stepLabel(step: Step, s: Style): string {
  return s.dim(`fit ${step.fit}%, ${stepNews(step)}`);
}

/**
 * How deep a tree is drawn before a branch is continued as a tree of its
 * own below: far deeper than any real career ladder, and it keeps every line
 * short, so a chain of thousands of roles prints in lines of bounded width
 * (indenting each level would make the output grow with the square of its
 * depth).
 */
export const MAX_TREE_DEPTH = 12;

/** One line of a drawing of trees: a tree's first role, or a step to a role under it. */
type TreeLine =
  | { kind: 'root'; tree: Tree; continued: boolean }
  | {
      kind: 'step';
      step: Step;
      tree: Tree;
      /** For each level down to this line, whether its step is the last of its parent's. */
      lasts: boolean[];
      note?: 'see above' | 'continued below';
      /** Whether the lines after this one are its onward steps. */
      drawsChildren: boolean;
    };

/**
 * The lines of trees of where roles lead, in order. A role whose onward tree
 * is drawn earlier is marked "see above"; a branch deeper than
 * MAX_TREE_DEPTH is marked "continued below", and its tree follows the one
 * it is cut from, from that role. Iterative: no recursion depth tied to the
 * data. The terminal's tree and the Markdown list are both drawn from it.
 */
function* treeLines(trees: readonly Tree[]): Generator<TreeLine> {
  // Trees still to draw, the next on top: a tree's continuations are drawn right after it.
  const pending = trees.map((tree) => ({ tree, continued: false })).reverse();
  while (pending.length > 0) {
    const { tree: root, continued } = pending.pop() as (typeof pending)[number];
    const continuations: typeof pending = [];
    yield { kind: 'root', tree: root, continued };
    // Each entry: a tree whose branches are still to draw, from the one at `index`.
    const stack = [{ tree: root, index: 0, lasts: [] as boolean[] }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      if (frame.index >= frame.tree.next.length) {
        stack.pop();
        continue;
      }
      const index = frame.index++;
      const { step, tree: child } = frame.tree.next[index] as Tree['next'][number];
      const lasts = [...frame.lasts, index === frame.tree.next.length - 1];
      const cut = child.next.length > 0 && lasts.length >= MAX_TREE_DEPTH;
      const note = child.shownAbove ? 'see above' : cut ? 'continued below' : undefined;
      const drawsChildren = child.next.length > 0 && !cut && !child.shownAbove;
      yield { kind: 'step', step, tree: child, lasts, note, drawsChildren };
      if (cut) continuations.push({ tree: child, continued: true });
      else if (child.next.length > 0) stack.push({ tree: child, index: 0, lasts });
    }
    for (let c = continuations.length - 1; c >= 0; c--)
      pending.push(continuations[c] as (typeof pending)[number]);
  }
}

/** A role as it heads its line of a tree: its title, broken between words only if it must, then its id. */
function rolePieces(role: Role, s: Style, title: (text: string) => string): Piece[] {
  return [
    { text: title(role.title), gap: '', parts: role.title.split(/\s+/).filter(Boolean).map(title) },
    { text: s.dim(`(${s.cyan(role.id)})`), gap: ' ' },
  ];
}

/** What a step takes, a column two spaces after the role: "fit 62%" never broken. */
function labelPiece(step: Step, s: Style): Piece {
  const parts = [`fit ${step.fit}%,`, ...stepNews(step).split(' ')];
  return { text: stepLabel(step, s), gap: '  ', parts: parts.map(s.dim) };
}

/** A line as it is when it fits the width, else wrapped (see wrapPieces). */
function treeLine(lead: string, pieces: readonly Piece[], width: number, indent: string): string {
  const whole =
    lead + pieces.map((piece, index) => (index === 0 ? '' : piece.gap) + piece.text).join('');
  return displayWidth(whole) <= width ? whole : wrapPieces(lead, pieces, width, indent);
}

/**
 * Trees of where roles lead, drawn with box characters (see treeLines). A
 * line too long for `width` wraps after its tree's lines, kept as they are,
 * and goes on under its title, the tree's lines carried on beside it; the
 * title, the id, the fit and a note each kept whole where they fit.
 */
export function renderTrees(trees: readonly Tree[], s: Style, width = 80): string {
  const out: string[] = [];
  for (const line of treeLines(trees)) {
    const { role, next } = line.tree;
    if (line.kind === 'root') {
      if (out.length > 0) out.push('');
      const pieces = rolePieces(role, s, s.bold);
      if (line.continued) pieces.push({ text: s.dim('continued'), gap: '  ' });
      out.push(treeLine('', pieces, width, next.length ? '│  ' : '   '));
      if (next.length === 0) out.push(s.dim('   leads to no other role'));
      continue;
    }
    const prefix = line.lasts
      .slice(0, -1)
      .map((last) => (last ? '   ' : '│  '))
      .join('');
    const last = line.lasts[line.lasts.length - 1];
    const pieces = [...rolePieces(role, s, (text) => text), labelPiece(line.step, s)];
    if (line.note) pieces.push({ text: s.dim(`… ${line.note}`), gap: '  ' });
    out.push(
      treeLine(
        `${prefix}${last ? '└─ ' : '├─ '}`,
        pieces,
        width,
        `${prefix}${last ? '   ' : '│  '}${line.drawsChildren ? '│  ' : '   '}`,
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

/**
 * `career path [ROLE] --markdown`: the trees as nested lists under a
 * heading per starting role, each step with its fit; the same lines as the
 * terminal's tree.
 */
export function renderTreesMarkdown(title: string, trees: readonly Tree[]): string {
  const out = [`# ${md(title)}`];
  for (const line of treeLines(trees)) {
    const { role, next } = line.tree;
    if (line.kind === 'root') {
      out.push(
        '',
        `## ${md(role.title)} (\`${role.id}\`)${line.continued ? ', continued' : ''}`,
        '',
      );
      if (next.length === 0) out.push('Leads to no other role.');
      continue;
    }
    const indent = '  '.repeat(line.lasts.length - 1);
    out.push(
      `${indent}- ${md(role.title)} (\`${role.id}\`): ${stepLabel(line.step, plain)}${line.note ? ` (${md(line.note)})` : ''}`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** A route, step by step, with what each step adds. */
export function renderRoute(route: readonly Step[], s: Style, width: number): string {
  const first = route[0] as Step;
  const last = route[route.length - 1] as Step;
  const out = [
    fitLine(
      `${s.bold(`${first.from.title} → ${last.to.title}`)}  ${s.dim(plural(route.length, 'step'))}`,
      width,
    ),
  ];
  for (const [index, step] of route.entries()) {
    // The nearest route when there is none starts with a move off the advancement edges.
    const direct = step.from.advancesTo.includes(step.to.id)
      ? ''
      : 'a direct move, not an advancement step';
    const head = `${index + 1}. ${step.from.title} → ${s.bold(step.to.title)}  ${stepLabel(step, s)}`;
    out.push('');
    if (!direct) out.push(fitLine(head, width, '   '));
    else if (displayWidth(`${head} · ${direct}`) <= width)
      out.push(`${head}${s.dim(` · ${direct}`)}`);
    // Too long for one line: the note on a line of its own, not wrapped into the fit.
    else out.push(fitLine(head, width, '   '), s.dim(wrap(direct, width, '   ')));
    if (step.gains.length === 0) out.push(s.dim('   nothing new: the responsibilities carry over'));
    else
      out.push(
        step.keeps ? `   Keeps all ${step.from.title} does, and adds:` : '   Takes on:',
        ...step.gains.map((gain) => wrap(gain, width, '       ', '     + ')),
      );
    if (step.newSkills.length > 0)
      out.push(
        wrap(
          `New skills: ${step.newSkills.map((skill) => skill.title).join('; ')}`,
          width,
          '     ',
          '   ',
        ),
      );
  }
  return `${out.join('\n')}\n`;
}

/** A route's steps in Markdown, each a heading of the given level with what the step adds. */
function routeStepsMarkdown(route: readonly Step[], level: number): string[] {
  const out: string[] = [];
  for (const [index, step] of route.entries()) {
    const direct = step.from.advancesTo.includes(step.to.id)
      ? ''
      : ' A direct move, not an advancement step.';
    out.push(
      '',
      `${'#'.repeat(level)} ${index + 1}. ${md(step.from.title)} → ${md(step.to.title)}`,
      '',
      `*${capital(stepLabel(step, plain))}.*${direct}`,
      '',
    );
    if (step.gains.length === 0) out.push('Nothing new: the responsibilities carry over.');
    else
      out.push(
        step.keeps ? `Keeps all ${md(step.from.title)} does, and adds:` : 'Takes on:',
        '',
        ...step.gains.map((gain) => `- ${md(gain)}`),
      );
    if (step.newSkills.length > 0)
      out.push('', `**New skills:** ${step.newSkills.map((skill) => md(skill.title)).join('; ')}`);
  }
  return out;
}

/** `career path A --to B --markdown`: the route as a document, a section per step. */
export function renderRouteMarkdown(route: readonly Step[]): string {
  const first = route[0] as Step;
  const last = route[route.length - 1] as Step;
  const out = [
    `# ${md(first.from.title)} → ${md(last.to.title)}`,
    '',
    `${capital(plural(route.length, 'step'))}.`,
    ...routeStepsMarkdown(route, 2),
  ];
  return `${out.join('\n')}\n`;
}

/** No route, as a document: why, and the nearest route when there is one. */
export function renderNoRouteMarkdown(
  from: Role,
  to: Role,
  sentences: readonly string[],
  nearest: readonly Step[] | null,
  career = 'career',
): string {
  const out = [`# ${md(from.title)} → ${md(to.title)}`];
  for (const sentence of sentences) out.push('', md(sentence));
  if (nearest)
    out.push(
      '',
      '## The nearest route',
      '',
      `${capital(plural(nearest.length, 'step'))}.`,
      ...routeStepsMarkdown(nearest, 3),
    );
  else out.push('', `See where ${md(from.title)} leads with: \`${career} path ${from.id}\``);
  return `${out.join('\n')}\n`;
}

/** No route: why, and the nearest one when there is one (the quiz gives the same). */
export function renderNoRoute(
  from: Role,
  sentences: readonly string[],
  nearest: readonly Step[] | null,
  s: Style,
  width: number,
  career = 'career',
): string {
  const out = sentences.map((sentence) => wrap(sentence, width));
  if (nearest) out.push('', renderRoute(nearest, s, width).trimEnd());
  else out.push(wrap(`See where ${from.title} leads with: ${career} path ${from.id}`, width));
  return `${out.join('\n')}\n`;
}

const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Graphviz DOT: roles as boxes grouped by track, the roles of one level in
 * a track on one rank (a row, or a column left to right), edges labelled
 * with their fit. As a `picture` (the SVG `path --format svg` draws) it
 * runs bottom to top, a ladder with the most senior level on top, in a
 * sans-serif font with room around each title: a browser's font is rarely
 * the one Graphviz measured.
 */
export function renderDot(
  knowledgeBase: KnowledgeBase,
  roles: readonly Role[],
  steps: readonly Step[],
  picture = false,
): string {
  const out = [
    'digraph career {',
    `  rankdir=${picture ? 'BT' : 'LR'};`,
    '  node [shape=box, style=rounded];',
  ];
  if (picture)
    out.push(
      '  graph [fontname="Helvetica,Arial,sans-serif", nodesep=0.3, ranksep=0.9];',
      '  node [fontname="Helvetica,Arial,sans-serif", fontsize=13, margin="0.3,0.12"];',
      '  edge [fontname="Helvetica,Arial,sans-serif", fontsize=10, color="#555555"];',
    );
  // Grouped in one pass: filtering the roles once per track would grow with tracks × roles.
  const byTrack = new Map<string, Role[]>(knowledgeBase.tracks.map((track) => [track.id, []]));
  const trackless: Role[] = [];
  for (const role of roles) (byTrack.get(role.track) ?? trackless).push(role);
  for (const [index, track] of knowledgeBase.tracks.entries()) {
    const members = byTrack.get(track.id) ?? [];
    if (members.length === 0) continue;
    out.push(`  subgraph cluster_${index} {`, `    label=${quote(track.title)};`);
    for (const role of members) out.push(`    ${quote(role.id)} [label=${quote(role.title)}];`);
    // One pass over the members, grouped by level: linear in the roles.
    const byLevel = new Map<string, Role[]>();
    for (const role of members) {
      const level = byLevel.get(role.level);
      if (level) level.push(role);
      else byLevel.set(role.level, [role]);
    }
    for (const level of byLevel.values())
      if (level.length > 1)
        out.push(`    { rank=same; ${level.map((r) => quote(r.id)).join('; ')}; }`);
    out.push('  }');
  }
  for (const role of trackless) out.push(`  ${quote(role.id)} [label=${quote(role.title)}];`);
  for (const step of steps) {
    // An edge within one rank of a cluster (two roles of a track's level: O*NET's staff and their
    // first-line supervisors) takes its label beside the line: given a label of its own, dot lost
    // some such edges ("lost … edge"), drawing the label with no arrow.
    const flat =
      step.from.track === step.to.track &&
      step.from.level === step.to.level &&
      byTrack.has(step.from.track);
    out.push(
      `  ${quote(step.from.id)} -> ${quote(step.to.id)} [${flat ? 'xlabel' : 'label'}=${quote(`fit ${step.fit}%`)}];`,
    );
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

/** Mermaid flowchart: node ids made of letters, digits and underscores, titles in quotes. */
export function renderMermaid(roles: readonly Role[], steps: readonly Step[]): string {
  const node = (role: Role) => `r_${role.id.replace(/[^a-zA-Z0-9]/g, '_')}`;
  const label = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;
  const out = ['flowchart LR'];
  for (const role of roles) out.push(`  ${node(role)}[${label(role.title)}]`);
  for (const step of steps)
    out.push(`  ${node(step.from)} -->|${label(`fit ${step.fit}%`)}| ${node(step.to)}`);
  return `${out.join('\n')}\n`;
}

export function stepJson(step: Step) {
  return {
    from: step.from.id,
    to: step.to.id,
    fit: step.fit,
    basis: step.basis,
    newSkills: step.newSkills,
    gains: step.gains,
    keeps: step.keeps,
  };
}
