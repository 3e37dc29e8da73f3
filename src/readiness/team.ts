/**
 * The team view's reading of saved results: a `career quiz --json` or
 * `career checkin --json` output, whoever wrote it, turned into one row
 * per person, or the reason it cannot be one. Pure: the CLI reads the
 * folder and hands each file's name and parsed JSON in.
 */

export interface TeamMember {
  /** The `for` name in the result, else the file's name without its extension. */
  person: string;
  file: string;
  source: 'quiz' | 'checkin';
  from: { id: string; title: string };
  to: { id: string; title: string };
  /** For a check-in, the shared view's (the lower answer of the two). */
  score: number;
  verdict: { id: string; title: string };
  /** The lowest-scoring question, or null when the result has none. */
  weakest: { question: string; title: string; score: number } | null;
  date: string;
  /** For a check-in: both sides' scores, the manager's name, and how many questions differ. */
  checkin?: { self: number; manager: number; managerName: string | null; differences: number };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isRef = (value: unknown): value is { id: string; title: string } =>
  isObject(value) && typeof value.id === 'string' && typeof value.title === 'string';
const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;

interface Scored {
  question: string;
  title: string;
  score: number;
}
const isScores = (value: unknown): value is Scored[] =>
  Array.isArray(value) &&
  value.every(
    (s) =>
      isObject(s) &&
      typeof s.question === 'string' &&
      typeof s.title === 'string' &&
      isScore(s.score),
  );

function weakest(scores: readonly Scored[]): TeamMember['weakest'] {
  let low: Scored | undefined;
  for (const s of scores) if (!low || s.score < low.score) low = s;
  return low ? { question: low.question, title: low.title, score: low.score } : null;
}

const NOT_A_RESULT =
  'not a quiz or check-in result (career quiz --json or career checkin --json writes one)';

/** One person's row from a parsed result file, or why the file is not one. */
export function teamMember(file: string, value: unknown): TeamMember | { skipped: string } {
  if (!isObject(value)) return { skipped: NOT_A_RESULT };
  const common =
    isRef(value.from) &&
    isRef(value.to) &&
    typeof value.date === 'string' &&
    !Number.isNaN(Date.parse(value.date));
  if (!common) return { skipped: NOT_A_RESULT };
  const named = typeof value.for === 'string' && value.for.trim() !== '' ? value.for.trim() : '';
  // A result in a folder of its own is the folder's person ("alex/2026-11.json"); else the file's name.
  const folder = file.includes('/') ? (file.split('/')[0] as string) : '';
  const person = named || folder || file.replace(/\.[^.]*$/, '');
  const base = {
    person,
    file,
    from: { id: (value.from as Json).id as string, title: (value.from as Json).title as string },
    to: { id: (value.to as Json).id as string, title: (value.to as Json).title as string },
    date: value.date as string,
  };
  // What a quiz result and a check-in's shared view both give: a score, a verdict, the weakest signal.
  const rated = (
    source: TeamMember['source'],
    part: { score: number; verdict: { id: string; title: string }; scores: Scored[] },
  ) => ({
    ...base,
    source,
    score: part.score,
    verdict: { id: part.verdict.id, title: part.verdict.title },
    weakest: weakest(part.scores),
  });
  if (value.kind === 'checkin') {
    const shared = value.shared;
    const self = value.self;
    const manager = value.manager;
    if (
      !isObject(shared) ||
      !isScore(shared.score) ||
      !isRef(shared.verdict) ||
      !isScores(shared.scores) ||
      !isObject(self) ||
      !isScore(self.score) ||
      !isObject(manager) ||
      !isScore(manager.score)
    )
      return { skipped: 'a check-in result with parts missing (written by another version?)' };
    return {
      ...rated('checkin', { score: shared.score, verdict: shared.verdict, scores: shared.scores }),
      checkin: {
        self: self.score,
        manager: manager.score,
        managerName: typeof manager.by === 'string' ? manager.by : null,
        differences: Array.isArray(value.differences) ? value.differences.length : 0,
      },
    };
  }
  if (value.kind !== undefined) return { skipped: NOT_A_RESULT };
  if (!isScore(value.score) || !isRef(value.verdict) || !isScores(value.scores))
    return { skipped: 'a quiz result with parts missing (written by another version?)' };
  return rated('quiz', { score: value.score, verdict: value.verdict, scores: value.scores });
}

/**
 * Most ready first: by verdict, in the order the readiness check lists its
 * tiers (a verdict it does not know goes last), then by score, then by
 * name, so the order never depends on how the folder was listed.
 */
export function byReadiness(
  members: readonly TeamMember[],
  verdicts: readonly string[],
): TeamMember[] {
  const tier = (id: string) => {
    const index = verdicts.indexOf(id);
    return index < 0 ? verdicts.length : index;
  };
  return [...members].sort(
    (a, b) =>
      tier(a.verdict.id) - tier(b.verdict.id) ||
      b.score - a.score ||
      a.person.localeCompare(b.person, 'en') ||
      a.file.localeCompare(b.file, 'en'),
  );
}

/**
 * One row per person: the latest result of each (a person's name compared
 * without case), and the older ones with the file that replaces them.
 */
export function latestPerPerson(members: readonly TeamMember[]): {
  kept: TeamMember[];
  older: { member: TeamMember; newer: TeamMember }[];
} {
  const latest = new Map<string, TeamMember>();
  for (const member of members) {
    const key = member.person.toLowerCase();
    const seen = latest.get(key);
    if (!seen || Date.parse(member.date) > Date.parse(seen.date)) latest.set(key, member);
  }
  const kept = [...latest.values()];
  const older = members
    .filter((m) => latest.get(m.person.toLowerCase()) !== m)
    .map((member) => ({ member, newer: latest.get(member.person.toLowerCase()) as TeamMember }));
  return { kept, older };
}
