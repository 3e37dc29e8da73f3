import { homedir } from 'node:os';
import { withChanges } from '../../history/changes.js';
import { progressByMove } from '../../history/progress.js';
import { isCheckinRecord } from '../../history/record.js';
import { clearHistory, HistoryError, readHistory } from '../../history/store.js';
import { DEFAULT_READINESS } from '../../knowledge-base/default-readiness.js';
import { plural } from '../../text/sentence.js';
import { titleOf } from '../../text/titles.js';
import { textWidth } from '../../text/wrap.js';
import { confirmed } from '../confirm.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { historyFile, userFolder } from '../locations.js';
import { dataText, isData, type OutputFormat } from '../output-format.js';
import { type HistoryNames, renderHistoryMarkdown, renderHistoryTsv } from '../render/history.js';
import { renderHistoryChart } from '../render/history-chart.js';
import { renderHistorySvg } from '../render/history-svg.js';

export interface HistoryOptions {
  format?: OutputFormat;
  /** The standalone SVG chart of scores over time. */
  svg?: boolean;
  /** The check-in records instead of the quiz attempts (with --json or --yaml). */
  checkins?: boolean;
  /** Empty the history file (asked first on a terminal, else needs --yes). */
  clear?: boolean;
  yes?: boolean;
}

export async function history(context: CommandContext, options: HistoryOptions): Promise<void> {
  const { io } = context;
  if (options.checkins && !isData(options.format))
    throw new CliError(
      '--checkins goes with --json or --yaml: career history --checkins --json (on a terminal, career history shows check-ins under their move)',
      EXIT.usage,
    );
  const file = historyFile(userFolder('data', io.env, process.platform, homedir()));
  if (options.clear) return clear(context, file, options.yes);
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
  if (isData(options.format)) {
    // Quiz attempts, as always; check-ins only when asked for, so scripts reading scores are unchanged.
    const records = options.checkins
      ? read.records.filter(isCheckinRecord)
      : withChanges(read.records);
    io.stdout.write(await dataText(options.format, records));
    return;
  }
  if (!io.stdout.isTTY && !options.svg && options.format !== 'markdown') {
    io.stdout.write(renderHistoryTsv(withChanges(read.records)));
    return;
  }
  const knowledgeBase = await context.knowledgeBase();
  const readiness = knowledgeBase.readiness ?? DEFAULT_READINESS;
  const names: HistoryNames = {
    role: (id) => titleOf(knowledgeBase.roles, id),
    verdict: (id) => titleOf(readiness?.verdicts, id),
    question: (id) => titleOf(readiness?.questions, id),
  };
  const moves = progressByMove(read.records);
  if (options.format === 'markdown') {
    io.stdout.write(renderHistoryMarkdown(moves, names));
    return;
  }
  if (options.svg) {
    const thresholds = (readiness?.verdicts ?? []).map((v) => ({
      score: v.minimum,
      title: v.title,
    }));
    io.stdout.write(renderHistorySvg(moves, names, thresholds));
    return;
  }
  io.stdout.write(
    renderHistoryChart(moves, names, await context.style(io.stdout), textWidth(io.stdout.columns)),
  );
}

async function clear(context: CommandContext, file: string, yes: boolean | undefined) {
  const { io } = context;
  if (!(await confirmed(context, `Delete every quiz attempt and check-in in ${file}?`, yes))) {
    io.stderr.write('career: nothing was deleted\n');
    return;
  }
  let count: number;
  try {
    count = clearHistory(file);
  } catch (error) {
    if (error instanceof HistoryError) throw new CliError(error.message, EXIT.io);
    throw error;
  }
  io.stdout.write(
    count === 0
      ? `The history is empty (${file}).\n`
      : `Deleted ${plural(count, 'record')} from ${file}.\n`,
  );
}
