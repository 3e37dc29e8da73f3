import { type HistoryEntry, withChanges } from './changes.js';
import { type CheckinRecord, type HistoryRecord, isCheckinRecord } from './record.js';

/** A question whose score moved between two attempts at the same move. */
export interface SignalMove {
  question: string;
  /** Points, -100 to 100. */
  change: number;
}

/** One attempt at a move, with what changed since the attempt before it at that move. */
export interface ProgressPoint extends HistoryEntry {
  /** The questions whose scores moved since that attempt, biggest move first; empty for the first. */
  moved: SignalMove[];
}

/** Everything saved about one move (the same from and to): attempts and check-ins, oldest first. */
export interface MoveProgress {
  from: string;
  to: string;
  attempts: ProgressPoint[];
  checkins: CheckinRecord[];
}

/** The questions whose scores differ between two attempts, biggest change first. */
function movedSignals(
  before: Record<string, number> | undefined,
  after: Record<string, number>,
): SignalMove[] {
  if (!before) return [];
  return Object.entries(after)
    .filter(
      ([question, score]) => typeof before[question] === 'number' && before[question] !== score,
    )
    .map(([question, score]) => ({ question, change: score - (before[question] as number) }))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
}

/**
 * History grouped by move: each move's attempts with their change and the
 * signals that moved, and its check-ins. Moves are ordered by their latest
 * record, so the one worked on now comes last, next to the prompt. Linear
 * in the number of records (one pass, then a sort of the moves).
 */
export function progressByMove(records: readonly HistoryRecord[]): MoveProgress[] {
  const moves = new Map<string, MoveProgress & { latest: number }>();
  const group = (record: HistoryRecord) => {
    // JSON of the pair: no role id can make two different moves share a key.
    const key = JSON.stringify([record.from, record.to]);
    let move = moves.get(key);
    if (!move) {
      move = { from: record.from, to: record.to, attempts: [], checkins: [], latest: 0 };
      moves.set(key, move);
    }
    move.latest = Math.max(move.latest, Date.parse(record.date));
    return move;
  };
  for (const entry of withChanges(records)) {
    const move = group(entry);
    const previous = move.attempts.at(-1);
    move.attempts.push({ ...entry, moved: movedSignals(previous?.scores, entry.scores) });
  }
  for (const record of records.filter(isCheckinRecord)) group(record).checkins.push(record);
  return [...moves.values()]
    .sort((a, b) => a.latest - b.latest)
    .map(({ latest: _, ...move }) => move);
}
