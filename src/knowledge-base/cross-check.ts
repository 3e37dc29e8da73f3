import { closest, didYouMean } from '../text/similarity.js';
import type { KnowledgeBaseIssue } from './errors.js';
import { emptyKnowledgeBase, type KnowledgeBase } from './model.js';
import type { ParsedFile } from './parse-file.js';
import { type Role, SECTIONS } from './schema.js';
import { formatPath } from './source-map.js';

interface Origin {
  parsed: ParsedFile;
  index: number;
}

/**
 * Joins parsed files into one knowledge base and checks what no single file
 * can: ids are unique in each section, every role's track and level exist,
 * every advancement edge points to a role that exists, and the edges never
 * loop back (a path must end somewhere).
 */
export function crossCheck(files: readonly ParsedFile[]): {
  knowledgeBase: KnowledgeBase;
  issues: KnowledgeBaseIssue[];
} {
  const knowledgeBase = emptyKnowledgeBase();
  const issues: KnowledgeBaseIssue[] = [];
  const roleOrigins = new Map<string, Origin>();

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
    const seen = new Map<string, Origin>();
    for (const parsed of files) {
      const records = parsed.data[section] ?? [];
      for (const [index, record] of records.entries()) {
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
        (knowledgeBase[section] as { id: string }[]).push(record);
        if (section === 'roles') roleOrigins.set(record.id, origin);
      }
    }
  }

  const trackIds = knowledgeBase.tracks.map((t) => t.id);
  const levelIds = knowledgeBase.levels.map((l) => l.id);
  const roleIds = new Set(knowledgeBase.roles.map((r) => r.id));
  const reference = (kind: string, value: string, known: Iterable<string>) => {
    const hint = didYouMean(closest(value, known));
    return `unknown ${kind} "${value}"${hint ? `, ${hint}` : ''}`;
  };

  for (const role of knowledgeBase.roles) {
    const origin = roleOrigins.get(role.id) as Origin;
    if (!trackIds.includes(role.track))
      at(origin, 'roles', ['track'], reference('track', role.track, trackIds));
    if (!levelIds.includes(role.level))
      at(origin, 'roles', ['level'], reference('level', role.level, levelIds));
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
  }

  const cycle = findCycle(knowledgeBase.roles, roleIds);
  if (cycle) {
    const origin = roleOrigins.get(cycle[0] as string) as Origin;
    at(
      origin,
      'roles',
      ['advancesTo'],
      `advancement edges loop back on themselves: ${cycle.join(' → ')}`,
    );
  }
  return { knowledgeBase, issues };
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
