import { createHash } from 'node:crypto';
import { normalize } from '../text/normalize.js';
import { rememberTerms, terms } from '../text/terms.js';
import { KnowledgeBaseError } from './errors.js';
import type { KnowledgeBase, RoleSkill } from './model.js';
import { answersTo, otherNames, setNameIndex } from './names.js';
import { setRoleSkillsReader } from './role-skills-reader.js';
import type { Role } from './schema.js';
import { isKnowledgeBase, isObject } from './shape.js';

/**
 * How a knowledge base is laid out in a cache entry, so that a run reads
 * what its command needs and no more. Reading, checking and parsing a
 * whole O*NET import (5 MB of JSON: 55,000 aliases, 19,000
 * responsibilities) was most of a warm run, and its garbage most of the
 * rest, while `list` needs each role's title and summary and `show` one
 * role in full.
 *
 * The body has four parts, one after the other:
 * - the skeleton: the knowledge base as JSON, each role's bulky fields (its
 *   aliases, responsibilities, their details, related roles) left as
 *   `null` where they stand, so a role keeps its fields' order, and the
 *   role skills as `null` too;
 * - the role skills, as JSON, read the first time they are used;
 * - a line of JSON per role with its bulky fields, read the first time one
 *   of them is: the role's properties are getters until then; and the
 *   role's skills, so that a command about a role or two (show, path,
 *   compare) reads theirs without the role skills of all; and the compared
 *   forms of its responsibilities' words (text/terms.ts), which path,
 *   compare and search would otherwise work out again each run;
 * - the name index: a line per name a role answers to besides its id and
 *   title (its aliases and code), normalized, then a tab and the role
 *   numbers, sorted: a lookup reads it (1.2 MB for O*NET, no parsing) and
 *   finds the line by binary search.
 *
 * Each part but the index is checked when read, against a checksum over the
 * entry's key and its bytes (`sums`); what the index finds is checked
 * against the roles themselves, and a name it does not find is looked for
 * in the roles.
 */
export interface Layout {
  /** Offsets in the body: the skeleton ends at `skills`, the role skills at `lines[0]`. */
  skills: number;
  /** Where each role's line starts, then where the index starts. */
  lines: number[];
  /** Where the body ends. */
  end: number;
}

/** The checksums of the parts, in order: skeleton, role skills, then each role's line. */
export type Sums = string[];

/** Reads the bytes of the body from `start` to `end`. */
export type Reader = (start: number, end: number) => Buffer;

const BULKY = ['aliases', 'responsibilities', 'details', 'related'] as const;

type Bulky = Partial<Record<(typeof BULKY)[number] | 'roleSkills' | 'forms', unknown>>;

/** A part's checksum: bound to the entry's key, short (a damaged or foreign part, not a secret). */
export const sumOf = (key: string, bytes: Buffer) =>
  createHash('sha256').update(`${key}\n`).update(bytes).digest('hex').slice(0, 24);

/** The identity of an entry's knowledge base, from its parts' checksums (derived files are bound to it). */
export const identityOf = (key: string, sums: readonly string[]) =>
  createHash('sha256').update(`${key}\n`).update(sums.join('\n')).digest('hex');

export function encodeEntry(
  knowledgeBase: KnowledgeBase,
  key: string,
): { body: Buffer; layout: Layout; sums: Sums } {
  const lines: Buffer[] = [];
  const names = new Map<string, number[]>();
  const roles = knowledgeBase.roles.map((role, number) => {
    const light: Record<string, unknown> = {};
    const bulky: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(role)) {
      const moved = (BULKY as readonly string[]).includes(field);
      light[field] = moved ? null : value;
      if (moved) bulky[field] = value;
    }
    lines.push(
      Buffer.from(
        `${JSON.stringify({
          ...bulky,
          roleSkills: knowledgeBase.roleSkills[role.id],
          forms: role.responsibilities.map((text) => terms(text).join(' ')),
        })}\n`,
      ),
    );
    for (const name of otherNames(role)) {
      const normalized = normalize(name);
      if (!normalized) continue;
      const numbers = names.get(normalized);
      if (!numbers) names.set(normalized, [number]);
      else if (numbers.at(-1) !== number) numbers.push(number);
    }
    return light;
  });
  // The role skills keep their place in the skeleton, as null, so the fields keep their order.
  const skeleton = Buffer.from(
    `${JSON.stringify({ ...knowledgeBase, roles, roleSkills: null })}\n`,
  );
  const skills = Buffer.from(`${JSON.stringify(knowledgeBase.roleSkills)}\n`);
  const starts: number[] = [];
  let at = skeleton.length + skills.length;
  for (const line of lines) {
    starts.push(at);
    at += line.length;
  }
  starts.push(at);
  const index = Buffer.from(
    [...names.keys()]
      .sort()
      .map((name) => `${name}\t${(names.get(name) as number[]).join(',')}\n`)
      .join(''),
  );
  const body = Buffer.concat([skeleton, skills, ...lines, index]);
  const sums = [skeleton, skills, ...lines].map((part) => sumOf(key, part));
  return { body, layout: { skills: skeleton.length, lines: starts, end: body.length }, sums };
}

type Bulkiness = (typeof BULKY)[number];

/** Makes a field plain data, in its place: what a getter or a setter leaves behind. */
const settle = (target: object, field: string, value: unknown) =>
  Object.defineProperty(target, field, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });

/**
 * The accessors of the bulky fields, one pair per field, shared by every
 * role of an entry: read on first use, then plain data.
 */
function accessors(
  read: (role: object, field: Bulkiness) => unknown,
): Record<Bulkiness, PropertyDescriptor> {
  const pair = (field: Bulkiness): PropertyDescriptor => ({
    enumerable: true,
    configurable: true,
    get(this: object) {
      const value = read(this, field);
      settle(this, field, value);
      return value;
    },
    set(this: object, value: unknown) {
      settle(this, field, value);
    },
  });
  return Object.fromEntries(BULKY.map((field) => [field, pair(field)])) as Record<
    Bulkiness,
    PropertyDescriptor
  >;
}

/** Turns a property into one read the first time from `read`, then kept as plain data. */
function lazy(target: object, field: string, read: () => unknown): void {
  Object.defineProperty(target, field, {
    enumerable: true,
    configurable: true,
    get() {
      const value = read();
      settle(target, field, value);
      return value;
    },
    set: (value: unknown) => settle(target, field, value),
  });
}

/**
 * How many roles' skills are read from their own lines before every role's
 * are read at once: a line costs a fiftieth of the whole on O*NET, and a
 * role's line is often read anyway (its responsibilities).
 */
const SKILLS_FROM_LINES = 24;

const isOffsets = (layout: Layout) =>
  Number.isInteger(layout?.skills) &&
  Number.isInteger(layout.end) &&
  Array.isArray(layout.lines) &&
  layout.lines.length > 0 &&
  layout.lines.every(Number.isInteger);

/**
 * The knowledge base of an entry's body, its parts read through `read` as
 * they are used and checked against `sums`; undefined when the skeleton is
 * not the entry's or not the shape of a knowledge base. A later part that
 * fails its check (the file damaged since) throws a KnowledgeBaseError
 * naming `file`, after `damaged` (which removes the entry).
 */
export function decodeEntry(
  read: Reader,
  layout: Layout,
  sums: Sums,
  key: string,
  place: { file: string; damaged: () => void },
): KnowledgeBase | undefined {
  if (!isOffsets(layout) || !Array.isArray(sums)) return undefined;
  const starts = layout.lines;
  const count = starts.length - 1;
  if (sums.length !== count + 2) return undefined;
  const damaged = () => {
    place.damaged();
    return new KnowledgeBaseError([
      {
        file: place.file,
        message:
          'this cache entry was damaged since it was written; it is removed: run the command again',
      },
    ]);
  };
  // A part, checked and parsed: a record, as written, or the entry is damaged.
  const part = (number: number, start: number, end: number): Record<string, unknown> => {
    const bytes = read(start, end);
    if (sumOf(key, bytes) !== sums[number]) throw damaged();
    try {
      const value: unknown = JSON.parse(bytes.toString('utf8', 0, bytes.length - 1));
      if (isObject(value)) return value;
    } catch {
      // Not JSON: damaged.
    }
    throw damaged();
  };
  let knowledgeBase: Record<string, unknown>;
  try {
    knowledgeBase = part(0, 0, layout.skills);
  } catch {
    return undefined;
  }
  // The role skills are checked for shape here, by their brackets, and read when used.
  const skillsEnd = starts[0] as number;
  if (
    read(layout.skills, layout.skills + 1)[0] !== 0x7b ||
    read(skillsEnd - 2, skillsEnd - 1)[0] !== 0x7d
  )
    return undefined;
  knowledgeBase.roleSkills = {};
  if (!isKnowledgeBase(knowledgeBase) || knowledgeBase.roles.length !== count) return undefined;
  let allSkills: Record<string, unknown> | undefined;
  lazy(knowledgeBase, 'roleSkills', () => {
    allSkills = part(1, layout.skills, starts[0] as number);
    return allSkills;
  });
  const parsed: (Bulky | undefined)[] = [];
  const bulkyOf = (number: number): Bulky => {
    let bulky = parsed[number];
    if (!bulky) {
      bulky = part(number + 2, starts[number] as number, starts[number + 1] as number) as Bulky;
      parsed[number] = bulky;
      const { responsibilities, forms } = bulky;
      if (Array.isArray(responsibilities) && Array.isArray(forms))
        for (const [index, text] of responsibilities.entries())
          if (typeof text === 'string' && typeof forms[index] === 'string')
            rememberTerms(text, forms[index] ? (forms[index] as string).split(' ') : []);
    }
    return bulky;
  };
  const numbers = new WeakMap<object, number>();
  const bulkyFields = accessors((role, field) => bulkyOf(numbers.get(role) as number)[field]);
  // Each role made anew, its fields in their order, the bulky ones accessors shared by every
  // role (so roles of one outline share one shape: defining them one by one on the parsed
  // objects cost more than parsing them).
  // (for…in, not Object.entries: a pair array per field was half the time, on 1,000 roles.)
  const roles = knowledgeBase.roles.map((parsed: Record<string, unknown>, number) => {
    const role: Record<string, unknown> = {};
    for (const field in parsed) {
      const value = parsed[field];
      if (value === null && (BULKY as readonly string[]).includes(field))
        Object.defineProperty(role, field, bulkyFields[field as Bulkiness]);
      else role[field] = value;
    }
    numbers.set(role, number);
    return role as unknown as Role;
  });
  knowledgeBase.roles = roles;
  // One role's skills: from all of them once those are read, else from the role's own line. A
  // command that goes through many roles (a search for a skill: every role) reads them all at
  // once when it asks for more than a few roles whose lines are not read yet.
  let fresh = 0;
  setRoleSkillsReader(knowledgeBase, (role) => {
    const number = numbers.get(role);
    if (number === undefined) return undefined;
    if (!allSkills && parsed[number] === undefined && ++fresh > SKILLS_FROM_LINES)
      void knowledgeBase.roleSkills;
    const skills = allSkills ? allSkills[role.id] : bulkyOf(number).roleSkills;
    return Array.isArray(skills) ? (skills as RoleSkill[]) : undefined;
  });
  // Read once, at the first lookup: a name is looked up in up to two forms, by a command or two.
  let index: Buffer | undefined;
  setNameIndex(knowledgeBase, (name) => {
    index ??= read(starts[count] as number, layout.end);
    const found = (lookup(index, name) ?? []).map((number) => roles[number]);
    // What the index says is checked against the roles; where it finds none, or is wrong, they are scanned.
    if (found.length > 0 && found.every((role) => role !== undefined && answersTo(role, name)))
      return found as Role[];
    return roles.filter((role) => answersTo(role, name));
  });
  return knowledgeBase;
}

const TAB = 0x09;
const NEWLINE = 0x0a;

/** The role numbers on the line of `name` in the index: a binary search over its sorted lines. */
function lookup(index: Buffer, name: string): number[] | undefined {
  const sought = Buffer.from(name);
  let low = 0;
  let high = index.length;
  // Every line starting before `low` sorts before the name; none starting at `high` or after does.
  while (low < high) {
    let start = (low + high) >>> 1;
    while (start > low && index[start - 1] !== NEWLINE) start--;
    const tab = index.indexOf(TAB, start);
    const end = index.indexOf(NEWLINE, start);
    if (tab < 0 || end < 0 || tab > end) return undefined;
    const order = Buffer.compare(index.subarray(start, tab), sought);
    if (order === 0)
      return index
        .toString('latin1', tab + 1, end)
        .split(',')
        .map(Number);
    if (order < 0) low = end + 1;
    else high = start;
  }
  return undefined;
}
