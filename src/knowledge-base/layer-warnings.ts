import { normalize } from '../text/normalize.js';
import type { KnowledgeBaseIssue } from './errors.js';
import type { KnowledgeBase } from './model.js';
import type { ParsedFile } from './parse-file.js';
import type { Role } from './schema.js';
import { formatPath } from './source-map.js';

/** A warning, with its kind: a role replaced, a name several roles answer to, a role no path shows. */
export interface LayerWarning extends KnowledgeBaseIssue {
  kind: 'replaces' | 'shared-name' | 'unreached';
}

/**
 * What loads but is probably not meant, in the roles of the files given:
 * a role that replaces a built-in or earlier one of the same id (the data
 * changes without a word otherwise), a title or alias that several roles
 * answer to (a lookup by it must then ask which), and a role that leads
 * nowhere and is reached from nowhere (no path ever shows it). Warnings,
 * not problems: the files load. One pass over the roles and their names.
 */
export function layerWarnings(
  layers: readonly (readonly ParsedFile[])[],
  knowledgeBase: KnowledgeBase,
  base?: KnowledgeBase,
): LayerWarning[] {
  const warnings: LayerWarning[] = [];
  const at = (
    kind: LayerWarning['kind'],
    parsed: ParsedFile,
    path: (string | number)[],
    message: string,
  ) =>
    warnings.push({
      file: parsed.file,
      ...parsed.sourceMap.position(path),
      field: formatPath(path),
      message,
      kind,
    });

  // Where each role id was last defined, in reading order: the built-in data, then each file.
  const definedAt = new Map<string, string>();
  const stored = new Map<string, Role>();
  for (const role of base?.roles ?? []) {
    definedAt.set(role.id, 'the built-in data');
    stored.set(role.id, role);
  }
  const origins = new Map<string, { parsed: ParsedFile; index: number }>();
  for (const layer of layers) {
    const inLayer = new Set<string>();
    for (const parsed of layer) {
      for (const [index, role] of (parsed.data.roles ?? []).entries()) {
        // A duplicate within a layer is a problem, reported as such by the loader.
        if (inLayer.has(role.id)) continue;
        inLayer.add(role.id);
        const earlier = definedAt.get(role.id);
        // A copy that changes nothing (a file validated over itself, `show --yaml` output) is no news.
        const same = JSON.stringify(stored.get(role.id)) === JSON.stringify(role);
        stored.set(role.id, role);
        if (earlier && !same)
          at(
            'replaces',
            parsed,
            ['roles', index, 'id'],
            `replaces the role "${role.id}" of ${earlier}: the whole record is this one`,
          );
        const line = parsed.sourceMap.position(['roles', index]).line;
        definedAt.set(role.id, `${parsed.file}:${line}`);
        origins.set(role.id, { parsed, index });
      }
    }
  }

  // Every name a role answers to beyond its id, and the roles that answer to it.
  const named = new Map<string, Role[]>();
  for (const role of knowledgeBase.roles) {
    for (const name of new Set([role.title, ...role.aliases].map(normalize))) {
      if (!name) continue;
      const roles = named.get(name);
      if (roles) roles.push(role);
      else named.set(name, [role]);
    }
  }
  const reached = new Set(knowledgeBase.roles.flatMap((role) => role.advancesTo));
  // Files with no advancement edge at all are a catalogue, not a ladder: no role is out of place.
  const usesEdges = [...origins.values()].some(
    ({ parsed, index }) => (parsed.data.roles?.[index]?.advancesTo.length ?? 0) > 0,
  );
  for (const role of knowledgeBase.roles) {
    const origin = origins.get(role.id);
    if (!origin) continue;
    const { parsed, index } = origin;
    const fileRole = parsed.data.roles?.[index] as Role;
    for (const [field, names] of [
      ['title', [fileRole.title]],
      ['aliases', fileRole.aliases],
    ] as const) {
      for (const [i, name] of names.entries()) {
        const others = (named.get(normalize(name)) ?? []).filter((r) => r.id !== role.id);
        if (others.length === 0) continue;
        at(
          'shared-name',
          parsed,
          field === 'title' ? ['roles', index, 'title'] : ['roles', index, 'aliases', i],
          `"${name}" is also a name of ${others.map((r) => r.id).join(', ')}: looking it up asks which`,
        );
      }
    }
    if (usesEdges && role.advancesTo.length === 0 && !reached.has(role.id))
      at(
        'unreached',
        parsed,
        ['roles', index],
        `"${role.id}" leads to no role and no role leads to it: no path shows it (add advancesTo, or list it in another role's)`,
      );
  }
  return warnings;
}
