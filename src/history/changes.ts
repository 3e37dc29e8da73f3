import { type HistoryRecord, isQuizRecord, type QuizRecord } from './record.js';

/** A saved attempt, with how it compares to the attempt before it at the same move. */
export interface HistoryEntry extends QuizRecord {
  /** Score difference from the previous attempt with the same `from` and `to`, or null for the first. */
  change: number | null;
  /**
   * True when that previous attempt was scored against a different knowledge
   * base (its roles, questions or weights may have changed, so the change is
   * not only the person's); false otherwise, and for the first attempt.
   */
  knowledgeBaseChanged: boolean;
}

/**
 * Adds to each attempt, oldest first, its change since the previous attempt
 * at the same move. Only the same starting role and the same target compare:
 * a score for another move measures another distance, so 62 from one role
 * and 85 from another is not progress of +23. Check-ins are not attempts:
 * they are left out here (see checkins.ts).
 */
export function withChanges(records: readonly HistoryRecord[]): HistoryEntry[] {
  const last = new Map<string, QuizRecord>();
  return records.filter(isQuizRecord).map((record) => {
    // JSON of the pair: no role id can make two different moves share a key.
    const move = JSON.stringify([record.from, record.to]);
    const previous = last.get(move);
    last.set(move, record);
    return {
      ...record,
      change: previous === undefined ? null : record.score - previous.score,
      knowledgeBaseChanged:
        previous !== undefined &&
        typeof previous.knowledgeBase === 'string' &&
        typeof record.knowledgeBase === 'string' &&
        previous.knowledgeBase !== record.knowledgeBase,
    };
  });
}
