import { phraseKey } from '../text/phrases.js';
import { closest, suggesting } from '../text/similarity.js';
import { DEFAULT_READINESS } from './default-readiness.js';
import type { KnowledgeBaseIssue } from './errors.js';
import { type BuiltinContent, emptyKnowledgeBase, type KnowledgeBase } from './model.js';
import type { ParsedFile } from './parse-file.js';
import { type Readiness, type Role, SECTIONS } from './schema.js';
import { countRolesPerSkill, indexSkills } from './skill-index.js';
import { formatPath } from './source-map.js';

interface Origin {
  parsed: ParsedFile;
  index: number;
}

/**
 * Joins layers of parsed files into one knowledge base, on top of an
 * optional base (the built-in one), and checks what no single file can: ids
 * are unique within a layer, every role's track and level exist, every
 * advancement edge points to a role that exists, and the edges never loop
 * back (a path must end somewhere).
 *
 * Layering: a record whose id is already defined by the base or an earlier
 * layer replaces that record whole, in its place in the order. Only records
 * read from files are checked and reported: the base was checked when it
 * was built.
 */
export function crossCheck(
  layers: readonly (readonly ParsedFile[])[],
  base?: KnowledgeBase,
): { knowledgeBase: KnowledgeBase; issues: KnowledgeBaseIssue[] } {
  const knowledgeBase = emptyKnowledgeBase();
  const issues: KnowledgeBaseIssue[] = [];
  const roleOrigins = new Map<string, Origin>();
  const skillOrigins = new Map<string, Origin>();

  const at = (origin: Origin, section: string, rest: (string | number)[], message: string) => {
    const path = [section, origin.index, ...rest];
    issues.push({
      file: origin.parsed.file,
      ...origin.parsed.sourceMap.position(path),
      field: formatPath(path),
      message,
    });
  };

  for (const section of SECTIONS) {
    // A Map keeps the first insertion's place when a later layer replaces a record.
    const merged = new Map<string, { id: string }>();
    for (const record of base?.[section] ?? []) merged.set(record.id, record);
    for (const layer of layers) {
      const seen = new Map<string, Origin>();
      for (const parsed of layer) {
        for (const [index, record] of (parsed.data[section] ?? []).entries()) {
          const origin = { parsed, index };
          const first = seen.get(record.id);
          if (first) {
            const { line } = first.parsed.sourceMap.position([section, first.index]);
            at(
              origin,
              section,
              ['id'],
              `duplicate id "${record.id}", first defined at ${first.parsed.file}:${line}`,
            );
            continue;
          }
          seen.set(record.id, origin);
          merged.set(record.id, record);
          if (section === 'roles') roleOrigins.set(record.id, origin);
          if (section === 'skills') skillOrigins.set(record.id, origin);
        }
      }
    }
    (knowledgeBase[section] as { id: string }[]) = [...merged.values()];
  }

  if (base?.readiness) knowledgeBase.readiness = base.readiness;
  for (const layer of layers) checkReadiness(layer, knowledgeBase, issues);
  if (base) knowledgeBase.builtin = builtinContent(base, knowledgeBase);

  const trackIds = knowledgeBase.tracks.map((t) => t.id);
  const levelIds = knowledgeBase.levels.map((l) => l.id);
  const roleIds = new Set(knowledgeBase.roles.map((r) => r.id));
  const sourceIds = knowledgeBase.sources.map((s) => s.id);
  const reference = (kind: string, value: string, known: Iterable<string>) =>
    suggesting(`unknown ${kind} "${value}"`, closest(value, known));

  // A track's own levels: ids unique within the track (the global list's are, as a section).
  for (const layer of layers)
    for (const parsed of layer)
      for (const [index, track] of (parsed.data.tracks ?? []).entries()) {
        const seen = new Set<string>();
        for (const [i, level] of (track.levels ?? []).entries()) {
          if (seen.has(level.id))
            at(
              { parsed, index },
              'tracks',
              ['levels', i, 'id'],
              `duplicate level id "${level.id}"`,
            );
          seen.add(level.id);
        }
      }

  for (const role of knowledgeBase.roles) {
    const origin = roleOrigins.get(role.id);
    if (!origin) continue;
    if (!trackIds.includes(role.track))
      at(origin, 'roles', ['track'], reference('track', role.track, trackIds));
    // A track with levels of its own takes only those; the others, the global list.
    const own = knowledgeBase.tracks.find((t) => t.id === role.track)?.levels?.map((l) => l.id);
    if (!(own ?? levelIds).includes(role.level))
      at(
        origin,
        'roles',
        ['level'],
        own
          ? `${reference('level', role.level, own)} (track "${role.track}" has its own levels: ${own.join(', ')})`
          : reference('level', role.level, levelIds),
      );
    const targets = new Set<string>();
    for (const [index, target] of role.advancesTo.entries()) {
      if (target === role.id)
        at(origin, 'roles', ['advancesTo', index], 'a role cannot advance to itself');
      else if (!roleIds.has(target))
        at(origin, 'roles', ['advancesTo', index], reference('role', target, roleIds));
      else if (targets.has(target))
        at(origin, 'roles', ['advancesTo', index], `"${target}" is listed twice`);
      targets.add(target);
    }
    for (const [index, target] of (role.related ?? []).entries()) {
      if (!roleIds.has(target))
        at(origin, 'roles', ['related', index], reference('role', target, roleIds));
    }
    if (role.source !== undefined && !sourceIds.includes(role.source)) {
      at(origin, 'roles', ['source'], reference('source', role.source, sourceIds));
    }
  }

  checkSkills(knowledgeBase, roleOrigins, skillOrigins, at, reference);

  const cycle = findCycle(knowledgeBase.roles, roleIds);
  // A loop runs through at least one role read from a file: the base has none.
  const culprit = cycle?.find((id) => roleOrigins.has(id));
  if (cycle && culprit) {
    const from = cycle.indexOf(culprit);
    const loop = [...cycle.slice(from, -1), ...cycle.slice(0, from), culprit];
    at(
      roleOrigins.get(culprit) as Origin,
      'roles',
      ['advancesTo'],
      `advancement edges loop back on themselves: ${loop.join(' → ')}`,
    );
  }
  knowledgeBase.roleSkills = indexSkills(knowledgeBase);
  knowledgeBase.rolesPerSkill = countRolesPerSkill(knowledgeBase.roleSkills);
  return { knowledgeBase, issues };
}

/** What of the base is still in the layered result, record for record (not replaced by a file). */
function builtinContent(base: KnowledgeBase, layered: KnowledgeBase): BuiltinContent {
  const kept = <T extends { id: string }>(from: readonly T[], into: readonly T[]) => {
    const ids = new Set(from);
    return into.filter((record) => ids.has(record)).map((record) => record.id);
  };
  return {
    tracks: kept(base.tracks, layered.tracks),
    preparation: kept(base.preparation, layered.preparation),
    guidance: kept(base.guidance, layered.guidance),
    readiness: base.readiness !== undefined && layered.readiness === base.readiness,
  };
}

/**
 * The skills taxonomy and its uses: every skill id a role or a tool names
 * exists (a tool serves practices), and no word or phrase names two skills,
 * or a responsibility would carry both by accident.
 */
function checkSkills(
  knowledgeBase: KnowledgeBase,
  roleOrigins: ReadonlyMap<string, Origin>,
  skillOrigins: ReadonlyMap<string, Origin>,
  at: (origin: Origin, section: string, rest: (string | number)[], message: string) => void,
  reference: (kind: string, value: string, known: Iterable<string>) => string,
): void {
  const skills = new Map(knowledgeBase.skills.map((skill) => [skill.id, skill]));
  const practices = knowledgeBase.skills.filter((s) => s.kind === 'practice').map((s) => s.id);
  const claimed = new Map<string, { skill: string; term: string; index: number }>();
  for (const skill of knowledgeBase.skills) {
    const origin = skillOrigins.get(skill.id);
    for (const [index, term] of skill.terms.entries()) {
      const key = phraseKey(term);
      if (!key) {
        if (origin)
          at(origin, 'skills', ['terms', index], `"${term}" is only stop words: it names nothing`);
        continue;
      }
      const first = claimed.get(key);
      if (!first) claimed.set(key, { skill: skill.id, term, index });
      else if (first.skill === skill.id) continue;
      else if (origin)
        at(
          origin,
          'skills',
          ['terms', index],
          `"${term}" already names the skill "${first.skill}" (as "${first.term}"): a term names one skill`,
        );
      else {
        // A file's skill that replaces a built-in one keeps its place, ahead of
        // built-in skills it may now clash with: the clash is the file's.
        const culprit = skillOrigins.get(first.skill);
        if (culprit)
          at(
            culprit,
            'skills',
            ['terms', first.index],
            `"${first.term}" already names the skill "${skill.id}" (as "${term}"): a term names one skill`,
          );
      }
    }
    for (const [index, practice] of (skill.usedFor ?? []).entries()) {
      if (!origin) continue;
      if (!skills.has(practice))
        at(origin, 'skills', ['usedFor', index], reference('skill', practice, skills.keys()));
      else if (!practices.includes(practice))
        at(
          origin,
          'skills',
          ['usedFor', index],
          `"${practice}" is not a practice: a tool serves practices`,
        );
    }
  }
  for (const role of knowledgeBase.roles) {
    const origin = roleOrigins.get(role.id);
    if (!origin) continue;
    for (const field of ['skills', 'withoutSkills'] as const) {
      for (const [index, id] of (role[field] ?? []).entries()) {
        if (!skills.has(id))
          at(origin, 'roles', [field, index], reference('skill', id, skills.keys()));
      }
    }
  }
}

/**
 * The readiness check is one section, not a list: it is defined once, its
 * references (signals, guidance topics) exist, scale questions have options
 * and the others do not, and the verdicts run from the highest minimum down
 * to 0, so that every score gets exactly one verdict.
 */
function checkReadiness(
  files: readonly ParsedFile[],
  knowledgeBase: KnowledgeBase,
  issues: KnowledgeBaseIssue[],
): void {
  const defined = files.filter((parsed) => parsed.data.readiness !== undefined);
  const [first, ...others] = defined;
  if (!first?.data.readiness) return;
  for (const parsed of others) {
    issues.push({
      file: parsed.file,
      ...parsed.sourceMap.position(['readiness'], true),
      field: 'readiness',
      message: `the readiness check is already defined at ${first.file}:${first.sourceMap.position(['readiness'], true).line}`,
    });
  }
  const written = first.data.readiness;
  // What the file leaves out is the neutral default's, already checked: its references are not the file's.
  const questions = written.questions ?? DEFAULT_READINESS.questions;
  const asked = new Set(questions.map((q) => q.id));
  const readiness: Readiness = {
    ...written,
    questions,
    // The default verdicts' floors hold for the questions the check asks, and only those.
    verdicts:
      written.verdicts ??
      DEFAULT_READINESS.verdicts.map(({ floors, ...verdict }) => {
        const kept = Object.entries(floors ?? {}).filter(([id]) => asked.has(id));
        return kept.length > 0 ? { ...verdict, floors: Object.fromEntries(kept) } : verdict;
      }),
  };
  knowledgeBase.readiness = readiness;
  const at = (path: (string | number)[], message: string) =>
    issues.push({
      file: first.file,
      ...first.sourceMap.position(['readiness', ...path]),
      field: formatPath(['readiness', ...path]),
      message,
    });
  const unique = (ids: string[], path: (index: number) => (string | number)[]) => {
    const seen = new Set<string>();
    for (const [index, value] of ids.entries()) {
      if (seen.has(value)) at(path(index), `duplicate id "${value}"`);
      seen.add(value);
    }
  };
  const signalIds = knowledgeBase.signals.map((s) => s.id);
  const topicIds = knowledgeBase.guidance.map((g) => g.id);
  const reference = (kind: string, value: string, known: string[]) =>
    suggesting(`unknown ${kind} "${value}"`, closest(value, known));

  unique(
    readiness.questions.map((q) => q.id),
    (i) => ['questions', i, 'id'],
  );
  for (const [index, question] of readiness.questions.entries()) {
    if (
      written.questions &&
      question.signal !== undefined &&
      !signalIds.includes(question.signal)
    ) {
      at(['questions', index, 'signal'], reference('signal', question.signal, signalIds));
    }
    if (question.kind === 'scale' && !question.options)
      at(['questions', index], 'a scale question needs "options"');
    if (question.kind !== 'scale' && question.options)
      at(
        ['questions', index, 'options'],
        `a ${question.kind} question takes no options: its items come from the knowledge base`,
      );
    if (question.options)
      unique(
        question.options.map((o) => o.id),
        (i) => ['questions', index, 'options', i, 'id'],
      );
  }
  unique(
    readiness.verdicts.map((v) => v.id),
    (i) => ['verdicts', i, 'id'],
  );
  for (const [index, verdict] of readiness.verdicts.entries()) {
    const previous = readiness.verdicts[index - 1];
    if (previous && verdict.minimum >= previous.minimum)
      at(
        ['verdicts', index, 'minimum'],
        `must be lower than the verdict before it (${previous.minimum}): verdicts run from the highest tier down`,
      );
    for (const question of Object.keys(verdict.floors ?? {})) {
      if (!readiness.questions.some((q) => q.id === question))
        at(
          ['verdicts', index, 'floors', question],
          reference(
            'question',
            question,
            readiness.questions.map((q) => q.id),
          ),
        );
    }
    for (const [i, topic] of verdict.guidance.entries()) {
      if (!topicIds.includes(topic))
        at(['verdicts', index, 'guidance', i], reference('guidance topic', topic, topicIds));
    }
  }
  const lowest = readiness.verdicts.at(-1);
  if (lowest && Object.keys(lowest.floors ?? {}).length > 0)
    at(
      ['verdicts', readiness.verdicts.length - 1, 'floors'],
      'the lowest verdict must have no floors, so that every score gets a verdict',
    );
  if (lowest && lowest.minimum !== 0)
    at(
      ['verdicts', readiness.verdicts.length - 1, 'minimum'],
      'the lowest verdict must have minimum 0, so that every score gets a verdict',
    );
  for (const [i, topic] of readiness.crossTrackGuidance.entries()) {
    if (!topicIds.includes(topic))
      at(['crossTrackGuidance', i], reference('guidance topic', topic, topicIds));
  }
}

/** The first loop among advancement edges, as the ids along it, or undefined. */
export function findCycle(
  roles: readonly Role[],
  known: ReadonlySet<string>,
): string[] | undefined {
  const edges = new Map(
    roles.map((r) => [r.id, r.advancesTo.filter((t) => known.has(t) && t !== r.id)]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  // Iterative depth-first search: a knowledge base of fifty thousand roles
  // must not overflow the call stack.
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    trail.push(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const targets = edges.get(top.id) ?? [];
      if (top.next < targets.length) {
        const target = targets[top.next++] as string;
        const seen = state.get(target);
        if (seen === 'open') return [...trail.slice(trail.indexOf(target)), target];
        if (seen === undefined) {
          state.set(target, 'open');
          trail.push(target);
          stack.push({ id: target, next: 0 });
        }
      } else {
        state.set(top.id, 'done');
        trail.pop();
        stack.pop();
      }
    }
  }
  return undefined;
}
