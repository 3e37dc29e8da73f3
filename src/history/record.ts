/** One saved quiz attempt: a line of history.jsonl. */
export interface HistoryRecord {
  version: 1;
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

/** Whether a parsed line has the shape of a record (lines written by a future version may not). */
export function isHistoryRecord(value: unknown): value is HistoryRecord {
  if (value === null || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return (
    r.version === 1 &&
    typeof r.date === 'string' &&
    !Number.isNaN(Date.parse(r.date)) &&
    typeof r.from === 'string' &&
    typeof r.to === 'string' &&
    typeof r.score === 'number' &&
    typeof r.verdict === 'string' &&
    r.scores !== null &&
    typeof r.scores === 'object'
  );
}
