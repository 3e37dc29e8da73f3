/** One saved quiz attempt: a line of history.jsonl. */
export interface QuizRecord {
  version: 1;
  /** Quiz records are written without it (they came first); read as "quiz". */
  kind?: 'quiz';
  /** When the quiz was completed, ISO 8601. */
  date: string;
  from: string;
  to: string;
  score: number;
  verdict: string;
  /** Each question's score, 0 to 100, by question id. */
  scores: Record<string, number>;
  /** The digest of the knowledge base the attempt was scored against. */
  knowledgeBase: string;
}

/** One side of a check-in as saved: its score, verdict and each question's score. */
export interface CheckinSide {
  /** Who answered, as the answers file says (`by:`), or null. */
  by: string | null;
  score: number;
  verdict: string;
  scores: Record<string, number>;
}

/**
 * One saved check-in: the person's answers and their manager's, for the
 * same move, and the shared view the plan was built on. It has no score of
 * its own at the top level on purpose: a reader that knows only quiz
 * records skips it (and keeps the line) rather than take it for an attempt.
 */
export interface CheckinRecord {
  version: 1;
  kind: 'checkin';
  date: string;
  from: string;
  to: string;
  /** Who the check-in is about (`for:`), or null. */
  for: string | null;
  self: CheckinSide;
  manager: CheckinSide;
  /** The answers both stand behind: for each question the lower of the two. */
  shared: { score: number; verdict: string };
  /** The ids of the questions the two answered differently. */
  differences: string[];
  knowledgeBase: string;
}

/** A line of history.jsonl: a quiz attempt or a check-in. */
export type HistoryRecord = QuizRecord | CheckinRecord;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Whether a parsed line has the shape of a quiz record (lines written by a future version may not). */
export function isQuizRecord(value: unknown): value is QuizRecord {
  if (!isObject(value)) return false;
  const r = value;
  return (
    r.version === 1 &&
    (r.kind === undefined || r.kind === 'quiz') &&
    isDate(r.date) &&
    typeof r.from === 'string' &&
    typeof r.to === 'string' &&
    typeof r.score === 'number' &&
    typeof r.verdict === 'string' &&
    isObject(r.scores)
  );
}

const isSide = (value: unknown): value is CheckinSide =>
  isObject(value) &&
  typeof value.score === 'number' &&
  typeof value.verdict === 'string' &&
  isObject(value.scores);

/** Whether a parsed line has the shape of a check-in record. */
export function isCheckinRecord(value: unknown): value is CheckinRecord {
  if (!isObject(value)) return false;
  const r = value;
  return (
    r.version === 1 &&
    r.kind === 'checkin' &&
    isDate(r.date) &&
    typeof r.from === 'string' &&
    typeof r.to === 'string' &&
    isSide(r.self) &&
    isSide(r.manager) &&
    isObject(r.shared) &&
    typeof r.shared.score === 'number' &&
    Array.isArray(r.differences)
  );
}

/** Whether a parsed line is a record of any kind this version knows. */
export function isHistoryRecord(value: unknown): value is HistoryRecord {
  return isQuizRecord(value) || isCheckinRecord(value);
}
