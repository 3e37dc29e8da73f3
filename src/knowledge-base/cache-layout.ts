import { normalize } from '../engine/normalize.js';
import type { KnowledgeBase, RoleSkill } from './model.js';
import { otherNames, setNameIndex } from './names.js';
import type { Role } from './schema.js';
import { isKnowledgeBase } from './shape.js';

/**
 * How a knowledge base is laid out in a cache entry, so that a run reads
 * what its command needs and no more. Parsing a whole O*NET import (4.4 MB
 * of JSON: 55,000 aliases, 19,000 responsibilities) was most of a warm run,
 * and its garbage most of the rest, while `list` needs each role's title
 * and summary and `show` one role in full.
 *
 * The body is three parts, one after the other:
 * - the skeleton: the knowledge base as JSON, each role's bulky fields (its
 *   aliases, responsibilities, their details, related roles) and its skills
 *   left as `null`, where they stand in the role, so a role keeps its
 *   fields' order;
 * - a line of JSON per role with those fields, read the first time one of
 *   them is: the role's properties are getters until then;
 * - the name index: a line per name a role answers to besides its id and
 *   title (its aliases and code), normalized, then a tab and the role
 *   numbers, sorted, so a lookup is a binary search of the bytes.
 *
 * `starts` holds where each role's line starts, then where the index does.
 */
export interface Layout {
  starts: number[];
}

const BULKY = ['aliases', 'responsibilities', 'details', 'related'] as const;

type Bulky = Partial<Record<(typeof BULKY)[number], unknown>> & { roleSkills?: RoleSkill[] };

export function encodeEntry(knowledgeBase: KnowledgeBase): { body: Buffer; layout: Layout } {
  const roleIds = new Set(knowledgeBase.roles.map((role) => role.id));
  const lines: string[] = [];
  const names = new Map<string, number[]>();
  const roles = knowledgeBase.roles.map((role, number) => {
    const light: Record<string, unknown> = {};
    const bulky: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(role)) {
      const moved = (BULKY as readonly string[]).includes(field);
      light[field] = moved ? null : value;
      if (moved) bulky[field] = value;
    }
    if (knowledgeBase.roleSkills[role.id]) bulky.roleSkills = knowledgeBase.roleSkills[role.id];
    lines.push(JSON.stringify(bulky));
    for (const name of otherNames(role)) {
      const key = normalize(name);
      if (!key) continue;
      const numbers = names.get(key);
      if (!numbers) names.set(key, [number]);
      else if (numbers.at(-1) !== number) numbers.push(number);
    }
    return light;
  });
  const skeleton = Buffer.from(
    `${JSON.stringify({
      ...knowledgeBase,
      roles,
      roleSkills: Object.fromEntries(
        Object.entries(knowledgeBase.roleSkills).map(([id, skills]) => [
          id,
          roleIds.has(id) ? null : skills,
        ]),
      ),
    })}\n`,
  );
  const starts: number[] = [];
  let at = skeleton.length;
  const parts = [skeleton];
  for (const line of lines) {
    const bytes = Buffer.from(`${line}\n`);
    starts.push(at);
    at += bytes.length;
    parts.push(bytes);
  }
  starts.push(at);
  const index = [...names.keys()]
    .sort()
    .map((key) => `${key}\t${(names.get(key) as number[]).join(',')}\n`)
    .join('');
  parts.push(Buffer.from(index));
  return { body: Buffer.concat(parts), layout: { starts } };
}

/** Turns a property into one read the first time from `read`, then kept as plain data. */
function lazy(target: object, key: string, read: () => unknown): void {
  const settle = (value: unknown) =>
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = read();
      settle(value);
      return value;
    },
    set: settle,
  });
}

/**
 * The knowledge base of a checked entry's body, its bulky parts read on
 * first use; undefined when the body does not have the layout's shape.
 */
export function decodeEntry(body: Buffer, layout: Layout): KnowledgeBase | undefined {
  const { starts } = layout;
  if (!Array.isArray(starts) || starts.length === 0) return undefined;
  const count = starts.length - 1;
  const knowledgeBase: unknown = JSON.parse(body.toString('utf8', 0, (starts[0] as number) - 1));
  if (!isKnowledgeBase(knowledgeBase) || knowledgeBase.roles.length !== count) return undefined;
  const read: (Bulky | undefined)[] = [];
  const bulkyOf = (number: number): Bulky => {
    let bulky = read[number];
    if (!bulky) {
      bulky = JSON.parse(
        body.toString('utf8', starts[number], (starts[number + 1] as number) - 1),
      ) as Bulky;
      read[number] = bulky;
    }
    return bulky;
  };
  const numberOf = new Map<string, number>();
  knowledgeBase.roles.forEach((role, number) => {
    numberOf.set(role.id, number);
    const fields = role as unknown as Record<string, unknown>;
    for (const field of BULKY)
      if (fields[field] === null) lazy(role, field, () => bulkyOf(number)[field]);
  });
  const { roleSkills } = knowledgeBase;
  for (const [id, skills] of Object.entries(roleSkills)) {
    const number = numberOf.get(id);
    if (skills === null && number !== undefined)
      lazy(roleSkills, id, () => bulkyOf(number).roleSkills ?? []);
  }
  const roles = knowledgeBase.roles;
  setNameIndex(knowledgeBase, (key) =>
    (lookup(body, starts[count] as number, key) ?? []).flatMap((number) => {
      const role = roles[number];
      return role ? [role as Role] : [];
    }),
  );
  return knowledgeBase;
}

const TAB = 0x09;
const NEWLINE = 0x0a;

/** The role numbers on the index line of `key`: a binary search over sorted lines from `from`. */
function lookup(body: Buffer, from: number, key: string): number[] | undefined {
  const sought = Buffer.from(key);
  let low = from;
  let high = body.length;
  // Invariant: every line starting before `low` sorts before the key; none from `high` on does.
  while (low < high) {
    let start = (low + high) >>> 1;
    while (start > low && body[start - 1] !== NEWLINE) start--;
    const tab = body.indexOf(TAB, start);
    const end = body.indexOf(NEWLINE, start);
    if (tab < 0 || end < 0 || tab > end) return undefined;
    const order = Buffer.compare(body.subarray(start, tab), sought);
    if (order === 0)
      return body
        .toString('latin1', tab + 1, end)
        .split(',')
        .map(Number);
    if (order < 0) low = end + 1;
    else high = start;
  }
  return undefined;
}
