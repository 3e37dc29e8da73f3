import { homedir } from 'node:os';
import { withChanges } from '../../history/changes.js';
import { HistoryError, readHistory } from '../../history/store.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { historyFile, userFolder } from '../locations.js';
import { renderHistoryTable, renderHistoryTsv } from '../render/history.js';
import { toJson } from '../render/records.js';

export interface HistoryOptions {
  json?: boolean;
}

export async function history(context: CommandContext, options: HistoryOptions): Promise<void> {
  const { io } = context;
  const file = historyFile(userFolder('data', io.env, process.platform, homedir()));
  let read: ReturnType<typeof readHistory>;
  try {
    read = readHistory(file);
  } catch (error) {
    if (error instanceof HistoryError) throw new CliError(error.message, EXIT.io);
    throw error;
  }
  // A damaged line is reported and left in the file: history is never deleted.
  for (const skipped of read.skipped) {
    io.stderr.write(
      `career: ${file}:${skipped.line}: skipped a record that is ${skipped.reason}; the line is kept in the file\n`,
    );
  }
  const entries = withChanges(read.records);
  if (options.json) {
    io.stdout.write(toJson(entries));
    return;
  }
  if (!io.stdout.isTTY) {
    io.stdout.write(renderHistoryTsv(entries));
    return;
  }
  const knowledgeBase = await context.knowledgeBase();
  const names = {
    role: (id: string) => knowledgeBase.roles.find((r) => r.id === id)?.title ?? id,
    verdict: (id: string) =>
      knowledgeBase.readiness?.verdicts.find((v) => v.id === id)?.title ?? id,
  };
  io.stdout.write(renderHistoryTable(entries, names, await context.style(io.stdout)));
}
