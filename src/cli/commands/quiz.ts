import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { describeMove } from '../../engine/move.js';
import { matchRoles } from '../../engine/resolve.js';
import { appendRecord, HistoryError } from '../../history/store.js';
import { MiB, readBounded, readStreamBounded } from '../../io/read-bounded.js';
import { digestOf } from '../../knowledge-base/digest.js';
import type { KnowledgeBase } from '../../knowledge-base/model.js';
import type { Role } from '../../knowledge-base/schema.js';
import { validateAnswers } from '../../readiness/answers.js';
import { readAnswersFile } from '../../readiness/answers-file.js';
import { checkForMove } from '../../readiness/check-for-move.js';
import { moveSentence } from '../../readiness/move-wording.js';
import { type QuizResult, quizResult } from '../../readiness/result.js';
import { textWidth, wrap } from '../../text/wrap.js';
import { colorLevel } from '../color.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { runInterview } from '../interview.js';
import { careerCommand } from '../invocation.js';
import { historyFile, userFolder } from '../locations.js';
import { dataText, isData, type OutputFormat } from '../output-format.js';
import { inquirerPrompter, type Prompter } from '../prompts.js';
import { renderAnswersTemplate } from '../render/answers-template.js';
import { renderQuizBrief } from '../render/brief.js';
import { renderQuizResult } from '../render/result.js';
import { shielded } from '../signals.js';
import { roleLine, roleNamed } from './resolve-roles.js';

export interface QuizOptions {
  from?: string;
  to?: string;
  /** A path, or "-" for stdin. */
  answers?: string;
  template?: boolean;
  /** With --template: the person a manager's answers are about. */
  for?: string;
  /** JSON for scripts, or Markdown: a one-page brief for a 1:1 with a manager. */
  format?: OutputFormat;
  save: boolean;
  /** The clock and the prompts, replaceable in tests. */
  now?: () => Date;
  prompter?: Prompter;
}

const NO_TERMINAL =
  'the quiz asks its questions on a terminal, and there is none here. Answer them in a file instead:\n' +
  '  career quiz --template --to ROLE > answers.yaml   # then fill it in\n' +
  '  career quiz --answers answers.yaml';

/**
 * The role a flag names. A name several roles answer to is a choice: asked
 * on a terminal when the quiz asks its questions there, else an error that
 * lists them (resolve-roles.ts).
 */
async function roleFromFlag(
  knowledgeBase: KnowledgeBase,
  name: string | undefined,
  ask: (() => Promise<Prompter>) | undefined,
  flag: string,
): Promise<Role | undefined> {
  if (name === undefined) return undefined;
  const roles = matchRoles(knowledgeBase, name);
  if (roles.length <= 1 || !ask) return roleNamed(knowledgeBase, name);
  const id = await (await ask()).select(
    `"${name}" (--${flag}) names ${roles.length} roles: which one?`,
    roles.map((role) => ({ value: role.id, name: roleLine(knowledgeBase, role) })),
  );
  return roles.find((role) => role.id === id);
}

/** The most an answers file may hold: a filled-in template is a few KiB. */
const ANSWERS_LIMIT = 16 * MiB;

/** The answers' bytes: a regular file or stdin, bounded (src/io/read-bounded.ts). */
async function readInput(
  context: CommandContext,
  path: string,
): Promise<{ name: string; text: string }> {
  try {
    const bytes =
      path === '-'
        ? await readStreamBounded(context.io.stdin, ANSWERS_LIMIT, '<stdin>')
        : readBounded(resolve(context.io.cwd, path), ANSWERS_LIMIT);
    return { name: path === '-' ? '<stdin>' : path, text: bytes.toString('utf8') };
  } catch (error) {
    if (error instanceof Error && error.name === 'ReadError')
      throw new CliError(
        `cannot read the answers ${path === '-' ? 'from stdin' : `file ${path}`}: ${error.message}`,
        EXIT.usage,
      );
    throw error;
  }
}

/** The roles and validated answers from a file, or its problems as a usage error. */
async function answersFromFile(
  context: CommandContext,
  knowledgeBase: KnowledgeBase,
  path: string,
  flags: { from?: Role; to?: Role },
) {
  const { name, text } = await readInput(context, path);
  try {
    return readAnswersFile(name, text, { knowledgeBase, flags });
  } catch (error) {
    // By name, not instanceof: errors may cross bundled files (ARCHITECTURE.md).
    if (error instanceof Error && error.name === 'AnswersFileError')
      throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

/**
 * Whether the questions can be drawn: stdin and stderr a terminal that
 * understands cursor movement. A dumb terminal (TERM=dumb: an editor's
 * shell, a CI log) or none named gets what a pipe gets, the answers-file
 * way, never a prompt that redraws itself with escape sequences. (Windows
 * consoles name none and draw well: there, only TERM=dumb counts.)
 */
function canPrompt(io: CommandContext['io']): boolean {
  const term = io.env.TERM ?? '';
  const unnamed = term === '' && process.platform !== 'win32';
  return Boolean(io.stdin.isTTY && io.stderr.isTTY) && !unnamed && term !== 'dumb';
}

function isCancel(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')
  );
}

export async function quiz(context: CommandContext, options: QuizOptions): Promise<void> {
  const { io } = context;
  const knowledgeBase = await context.knowledgeBase();
  // Only the interview asks: a template or an answers file is not answered on a terminal.
  const interactive =
    options.answers === undefined && !options.template && (!!options.prompter || canPrompt(io));
  let prompter = options.prompter;
  const makePrompter = async () => {
    const s = await context.style(io.stderr);
    // By level, not by comparing styles: each bundled file has its own copy of color.ts.
    const colour = colorLevel(io.stderr, io.env, !context.globals().color) > 0;
    return inquirerPrompter(io, s, colour);
  };
  const ask = interactive
    ? async () => {
        prompter ??= await makePrompter();
        return prompter;
      }
    : undefined;
  let flags: { from?: Role; to?: Role };
  try {
    flags = {
      from: await roleFromFlag(knowledgeBase, options.from, ask, 'from'),
      to: await roleFromFlag(knowledgeBase, options.to, ask, 'to'),
    };
  } catch (error) {
    if (isCancel(error)) throw new CliError('quiz cancelled; nothing was saved', EXIT.interrupted);
    throw error;
  }

  // The command line contradicting itself is reported before any file is read or written.
  if (flags.from && flags.to && flags.from.id === flags.to.id) throw sameRole(flags.from);
  if (options.template) {
    if (!flags.to)
      throw new CliError(
        '--template needs the role you want: career quiz --template --to ROLE',
        EXIT.usage,
      );
    const scoped = checkForMove(knowledgeBase, flags.from, flags.to);
    io.stdout.write(
      renderAnswersTemplate(
        scoped,
        scoped.readiness,
        flags.to,
        flags.from,
        forName(options.for),
        careerCommand(context.globals()),
      ),
    );
    return;
  }
  if (options.for !== undefined)
    throw new CliError(
      '--for goes with --template: career quiz --template --from ROLE --to ROLE --for "NAME" writes the answers file a manager fills in',
      EXIT.usage,
    );

  let from: Role;
  let to: Role;
  let answers: QuizResult['answers'];
  let people: { for?: string; by?: string } = {};
  if (options.answers !== undefined) {
    ({ from, to, answers, people } = await answersFromFile(
      context,
      knowledgeBase,
      options.answers,
      flags,
    ));
  } else {
    if (!options.prompter && !canPrompt(io))
      throw new CliError(
        io.env.TERM === 'dumb' && io.stdin.isTTY && io.stderr.isTTY
          ? NO_TERMINAL.replace('there is none here', 'this one (TERM=dumb) cannot redraw them')
          : NO_TERMINAL,
        EXIT.usage,
      );
    const s = await context.style(io.stderr);
    prompter ??= await makePrompter();
    // The move the questions are about, before them: bold roles and what kind of move it is.
    const announce = (from: Role, to: Role) => {
      // For a person at the terminal the prompts draw on, not for a scripted prompter.
      if (from.id === to.id || !io.stderr.isTTY) return;
      const width = textWidth(io.stderr.columns);
      const sentence = moveSentence(knowledgeBase, describeMove(knowledgeBase, from, to));
      io.stderr.write(
        `${s.bold(wrap(`${from.title} → ${to.title}`, width, '  ', ''))}\n${s.dim(wrap(sentence, width))}\n`,
      );
    };
    try {
      const interview = await runInterview(prompter, knowledgeBase, flags, announce);
      // A line between the last answer and the result.
      if (io.stderr.isTTY) io.stderr.write('\n');
      if (interview.from.id === interview.to.id) throw sameRole(interview.from);
      const checked = validateAnswers(
        interview.raw,
        interview.check.readiness,
        interview.to,
        interview.check.preparation,
      );
      ({ from, to, answers } = { ...interview, answers: checked.answers });
    } catch (error) {
      if (isCancel(error))
        throw new CliError('quiz cancelled; nothing was saved', EXIT.interrupted);
      throw error;
    }
  }
  if (from.id === to.id) throw sameRole(from);

  const digest = digestOf(knowledgeBase);
  // The commands the result names load the same data.
  const career = careerCommand(context.globals());
  // The check this move is answered against: the data's own, or the neutral default.
  const scoped = checkForMove(knowledgeBase, from, to);
  const result: QuizResult = {
    ...quizResult(scoped, scoped.readiness, from, to, answers, {
      date: (options.now ?? (() => new Date()))(),
      digest,
      career,
    }),
    // Who the answers are about and who gave them, when the file says: the team view reads it.
    ...people,
  };
  if (isData(options.format)) io.stdout.write(await dataText(options.format, result));
  else if (options.format === 'markdown') io.stdout.write(renderQuizBrief(scoped, result, career));
  else
    io.stdout.write(
      renderQuizResult(
        result,
        await context.style(io.stdout),
        textWidth(io.stdout.columns),
        career,
      ),
    );

  if (!options.save) return;
  const file = historyFile(userFolder('data', io.env, process.platform, homedir()));
  let saved: Awaited<ReturnType<typeof shielded>>;
  try {
    saved = await shielded(() =>
      appendRecord(file, {
        version: 1,
        date: result.date,
        from: from.id,
        to: to.id,
        score: result.score,
        verdict: result.verdict.id,
        scores: Object.fromEntries(result.scores.map((s) => [s.question, s.score])),
        knowledgeBase: digest,
      }),
    );
  } catch (error) {
    if (error instanceof HistoryError) {
      throw new CliError(
        `${error.message}. The result above was not saved; use --no-save to skip saving, or set CAREER_DATA_HOME to another folder`,
        EXIT.io,
      );
    }
    throw error;
  }
  if (saved.interruption)
    throw new CliError(
      `stopped by ${saved.interruption.signal}, after the result above was saved`,
      saved.interruption.exitCode,
    );
  // With the same data, the history names the roles by their titles.
  if (io.stderr.isTTY) io.stderr.write(`\nSaved. See your progress with: ${career} history\n`);
}

/** The person named by --for, one line of at most 80 characters, or a usage error. */
function forName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = value.replace(/\s+/g, ' ').trim();
  if (name === '' || name.length > 80)
    throw new CliError(
      '--for needs the name of the person the answers are about, up to 80 characters',
      EXIT.usage,
    );
  return name;
}

function sameRole(role: Role): CliError {
  return new CliError(
    `you already have the role "${role.id}": choose a different role to move to`,
    EXIT.usage,
  );
}
