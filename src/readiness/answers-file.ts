import { basename } from 'node:path';
import { matchRoles, suggestRoles } from '../engine/resolve.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Readiness, Role } from '../knowledge-base/schema.js';
import { formatPath } from '../knowledge-base/source-map.js';
import { readYamlSource } from '../knowledge-base/yaml-source.js';
import { quote, shorten } from '../text/quote.js';
import { suggesting } from '../text/similarity.js';
import { type AnswerProblem, type Answers, validateAnswers } from './answers.js';
import { checkForMove } from './check-for-move.js';
import { fingerprintRole, tasksFingerprint } from './fingerprint.js';

/**
 * An answers file that cannot be used: the message names the file, the line
 * and what to do, ready to print. The CLI ends with a usage error (exit 2).
 */
export class AnswersFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnswersFileError';
  }
}

export interface AnswersFileContext {
  knowledgeBase: KnowledgeBase;
  /** The check to answer; without it, the check for the file's move (check-for-move.ts). */
  readiness?: Readiness;
  /** The roles given on the command line, already resolved. */
  flags: { from?: Role; to?: Role };
}

export interface AnswersFromFile {
  from: Role;
  to: Role;
  answers: Answers;
  /**
   * Who the answers are about (`for:`) and who gave them (`by:`), when the
   * file says: a manager's answers for a check-in name both. Absent from a
   * person's own file, which is about the one who answers.
   */
  people: { for?: string; by?: string };
}

/** The keys of an answers file that are not answers to a question. */
const ROLE_KEYS = ['from', 'to', 'fingerprint', 'for', 'by'] as const;

/** The longest name kept from `for:` and `by:`: a name, not a document. */
const NAME_LIMIT = 80;

const blank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Reads an answers file (YAML or JSON) into the roles and validated answers.
 * Every wrong or missing answer is reported at once, each at its line. A file
 * whose `tasks` were written for another role, or for another version of the
 * role, is refused with one line saying what differs: its numbers would
 * score responsibilities the person never ticked. So are `--from`/`--to`
 * that contradict a file with tasks; without tasks the flags stand in.
 */
export function readAnswersFile(
  name: string,
  text: string,
  { knowledgeBase, readiness: given, flags }: AnswersFileContext,
): AnswersFromFile {
  const source = readYamlSource(text);
  if (!source.ok) {
    const [first] = source.problems;
    throw new AnswersFileError(`${name}:${first?.line}:${first?.column}: ${first?.message}`);
  }
  const { data, sourceMap } = source;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AnswersFileError(
      `${name}: expected answers like "performance: usually", one per line (career quiz --template --to ROLE writes a file to fill in)`,
    );
  }
  const fields = data as Record<string, unknown>;
  const where = (field: string) => {
    if (fields[field] === undefined) return name;
    const { line, column } = sourceMap.position([field], true);
    return `${name}:${line}:${column}`;
  };

  const problems: AnswerProblem[] = [];
  /** The role the file names, checked even when a flag stands in: a file must agree with itself. */
  const fileRole = (key: 'from' | 'to'): Role | undefined => {
    const value = fields[key];
    if (blank(value)) {
      if (!flags[key])
        problems.push({
          field: key,
          message: `is missing: a role id, title or alias (career list shows them), or --${key} ROLE`,
        });
      return undefined;
    }
    const matches = typeof value === 'string' ? matchRoles(knowledgeBase, value) : [];
    if (matches.length > 1) {
      problems.push({
        field: key,
        message: `is ${quote(value)}, which names ${matches.length} roles (${matches.map((r) => r.id).join(', ')}): write the id of the one you mean`,
      });
      return undefined;
    }
    const found = matches[0];
    if (!found) {
      const suggestions =
        typeof value === 'string'
          ? suggestRoles(knowledgeBase, shorten(value)).map((s) => s.role.id)
          : [];
      problems.push({
        field: key,
        message: suggesting(`is ${quote(value)}, not a known role`, suggestions),
      });
    }
    return found;
  };
  const file = { from: fileRole('from'), to: fileRole('to') };
  const from = flags.from ?? file.from;
  const to = flags.to ?? file.to;
  const scoped = checkForMove(knowledgeBase, from, to);
  const readiness = given ?? scoped.readiness;

  const fingerprint = fields.fingerprint;
  const fingerprinted = typeof fingerprint === 'string' ? fingerprintRole(fingerprint) : undefined;
  if (!blank(fingerprint) && fingerprinted === undefined)
    problems.push({
      field: 'fingerprint',
      message: `is ${quote(fingerprint)}, not ROLE@CODE as career quiz --template writes it: copy the line from a fresh template, or delete it`,
    });

  const people: AnswersFromFile['people'] = {};
  for (const key of ['for', 'by'] as const) {
    const value = fields[key];
    if (blank(value)) continue;
    const name = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
    if (name === '' || name.length > NAME_LIMIT)
      problems.push({
        field: key,
        message: `is ${quote(value)}: must be a name of up to ${NAME_LIMIT} characters (${key === 'for' ? 'the person the answers are about' : 'the person who gives them'}), or left empty`,
      });
    else people[key] = name;
  }

  if (to) {
    const reading: Reading = {
      name,
      fields,
      where,
      file,
      fingerprint: fingerprinted === undefined ? undefined : (fingerprint as string),
    };
    const refusal = mismatch(reading, { knowledgeBase, readiness, flags }, { from, to });
    if (refusal) throw new AnswersFileError(refusal);
  }

  const rest = Object.fromEntries(
    Object.entries(fields).filter(([key]) => !(ROLE_KEYS as readonly string[]).includes(key)),
  );
  let answers: Answers = {};
  if (to) {
    const checked = validateAnswers(rest, readiness, to, scoped.preparation);
    answers = checked.answers;
    problems.push(...checked.problems);
  } else {
    problems.push({
      field: 'to',
      message: 'the other answers are checked once the role you want is known',
    });
  }
  if (problems.length > 0) {
    const lines = problems.map(
      (p) => `  ${where(p.field)}: ${formatPath([shorten(p.field)])}: ${p.message}`,
    );
    throw new AnswersFileError(
      `${problems.length === 1 ? 'an answer is' : `${problems.length} answers are`} missing or wrong:\n${lines.join('\n')}`,
    );
  }
  return { from: from as Role, to: to as Role, answers, people };
}

/** What the refusal checks need to know of the file being read. */
interface Reading {
  name: string;
  fields: Readonly<Record<string, unknown>>;
  /** `FILE:LINE:COLUMN` of a field, or the file's name when it has no such field. */
  where: (field: string) => string;
  /** The roles the file itself names (when they resolve). */
  file: { from?: Role; to?: Role };
  /** The file's fingerprint, when it has a well-formed one. */
  fingerprint?: string;
}

/**
 * Why the file's tasks cannot be scored for `to`, in one line, or undefined
 * when they can. The numbers in `tasks` point into one role's list of
 * responsibilities: the file's own `to:`, as its fingerprint records it.
 */
function mismatch(
  { name, fields, where, file, fingerprint }: Reading,
  { knowledgeBase, readiness, flags }: AnswersFileContext & { readiness: Readiness },
  { from, to }: { from?: Role; to: Role },
): string | undefined {
  const fresh = `get a fresh template with: career quiz --template${from ? ` --from ${from.id}` : ''} --to ${to.id} > ${freshName(name, to)}`;
  const hasTasks = readiness.questions.some(
    (q) => q.kind === 'responsibilities' && !blank(fields[q.id]),
  );
  if (hasTasks && flags.to && file.to && flags.to.id !== file.to.id)
    return `${where('to')}: to: is ${file.to.id}, but --to is ${flags.to.id}, and the tasks number the responsibilities of ${file.to.id}: drop --to, or ${fresh}`;
  if (fingerprint !== undefined && fingerprint !== tasksFingerprint(to)) {
    const written = shorten(fingerprintRole(fingerprint) as string);
    if (written === to.id)
      return `${where('fingerprint')}: the tasks were written for another version of the responsibilities of ${to.id} (they have changed since the template was made): ${fresh}`;
    const current = knowledgeBase.roles.find((r) => r.id === written);
    const count =
      current && tasksFingerprint(current) === fingerprint
        ? ` (${current.responsibilities.length} responsibilities)`
        : '';
    return flags.to
      ? `${where('fingerprint')}: the tasks were written for ${written}${count}, not --to ${to.id}: ${fresh}`
      : `${where('to')}: to: is ${to.id}, but the tasks were written for ${written}${count}: ${fresh}`;
  }
  if (hasTasks && flags.from && file.from && flags.from.id !== file.from.id)
    return `${where('from')}: from: is ${file.from.id}, but --from is ${flags.from.id}: drop --from, or ${fresh}`;
  return undefined;
}

/** Where a fresh template goes: a new file, never over the one that holds the person's answers. */
function freshName(name: string, to: Role): string {
  const suggested = `answers-${to.id}.yaml`;
  return basename(name) === suggested ? `answers-${to.id}-new.yaml` : suggested;
}
