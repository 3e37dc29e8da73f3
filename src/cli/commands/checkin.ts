import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { appendRecord, HistoryError } from '../../history/store.js';
import { MiB, readBounded } from '../../io/read-bounded.js';
import { digestOf } from '../../knowledge-base/digest.js';
import { readAnswersFile } from '../../readiness/answers-file.js';
import { checkForMove } from '../../readiness/check-for-move.js';
import {
  type CheckinFile,
  type CheckinResult,
  checkin as compare,
} from '../../readiness/checkin.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { careerCommand } from '../invocation.js';
import { historyFile, userFolder } from '../locations.js';
import { dataText, isData, type OutputFormat } from '../output-format.js';
import { renderCheckin } from '../render/checkin.js';
import { renderCheckinAgenda } from '../render/checkin-agenda.js';

export interface CheckinOptions {
  self: string;
  manager: string;
  format?: OutputFormat;
  save: boolean;
  now?: () => Date;
}

/** The most an answers file may hold, as for the quiz: a filled-in template is a few KiB. */
const ANSWERS_LIMIT = 16 * MiB;

/** A regular file under the limit, or one line and exit 2: never a pipe that waits forever. */
function readText(context: CommandContext, path: string): string {
  try {
    return readBounded(resolve(context.io.cwd, path), ANSWERS_LIMIT).toString('utf8');
  } catch (error) {
    if (error instanceof Error && error.name === 'ReadError')
      throw new CliError(`cannot read the answers file ${path}: ${error.message}`, EXIT.usage);
    throw error;
  }
}

/** By name, not instanceof: errors may cross bundled files (ARCHITECTURE.md). */
const named = (error: unknown, name: string) => error instanceof Error && error.name === name;

export async function checkin(context: CommandContext, options: CheckinOptions): Promise<void> {
  const { io } = context;
  const knowledgeBase = await context.knowledgeBase();
  // Each file is checked exactly as `career quiz --answers` checks it.
  const read = (path: string): CheckinFile => {
    const text = readText(context, path);
    try {
      return {
        name: path,
        ...readAnswersFile(path, text, { knowledgeBase, flags: {} }),
      };
    } catch (error) {
      if (named(error, 'AnswersFileError'))
        throw new CliError((error as Error).message, EXIT.usage);
      throw error;
    }
  };
  const self = read(options.self);
  const manager = read(options.manager);

  const digest = digestOf(knowledgeBase);
  let result: CheckinResult;
  try {
    // The check for the move of the person's own file; the manager's must be the same move.
    const scoped = checkForMove(knowledgeBase, self.from, self.to);
    result = compare(scoped, scoped.readiness, self, manager, {
      date: (options.now ?? (() => new Date()))(),
      digest,
      // The commands the shared plan names load the same data.
      career: careerCommand(context.globals()),
    });
  } catch (error) {
    if (named(error, 'CheckinError')) throw new CliError((error as Error).message, EXIT.usage);
    throw error;
  }

  if (isData(options.format)) io.stdout.write(await dataText(options.format, result));
  else if (options.format === 'markdown') io.stdout.write(renderCheckinAgenda(result));
  else
    io.stdout.write(
      renderCheckin(result, await context.style(io.stdout), textWidth(io.stdout.columns)),
    );

  if (!options.save) return;
  const file = historyFile(userFolder('data', io.env, process.platform, homedir()));
  const scores = (side: CheckinResult['self']) =>
    Object.fromEntries(side.scores.map((s) => [s.question, s.score]));
  try {
    appendRecord(file, {
      version: 1,
      kind: 'checkin',
      date: result.date,
      from: result.from.id,
      to: result.to.id,
      for: result.for,
      self: {
        by: result.self.by,
        score: result.self.score,
        verdict: result.self.verdict.id,
        scores: scores(result.self),
      },
      manager: {
        by: result.manager.by,
        score: result.manager.score,
        verdict: result.manager.verdict.id,
        scores: scores(result.manager),
      },
      shared: { score: result.shared.score, verdict: result.shared.verdict.id },
      differences: result.differences,
      knowledgeBase: digest,
    });
  } catch (error) {
    if (error instanceof HistoryError)
      throw new CliError(
        `${error.message}. The check-in above was not saved; use --no-save to skip saving, or set CAREER_DATA_HOME to another folder`,
        EXIT.io,
      );
    throw error;
  }
  // With the same data, the history names the roles by their titles.
  if (io.stderr.isTTY)
    io.stderr.write(`\nSaved. See it with: ${careerCommand(context.globals())} history\n`);
}
