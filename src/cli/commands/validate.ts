import { controlCharacterWarnings } from '../../knowledge-base/control-characters.js';
import { formatIssue, type KnowledgeBaseIssue } from '../../knowledge-base/errors.js';
import { layerWarnings } from '../../knowledge-base/layer-warnings.js';
import { checkKnowledgeBase } from '../../knowledge-base/load.js';
import { plural } from '../../text/sentence.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { dataText } from '../output-format.js';

export interface ValidateOptions {
  paths: string[];
  /** Warnings fail the check too (exit 1), for CI. */
  strict?: boolean;
  /** One JSON (or YAML) document on stdout: problems, warnings and the summary, for editors and CI. */
  format?: 'json' | 'yaml';
}

/** How many warnings of one kind are printed before the rest are counted: an O*NET import has 17,000 of one. */
export const WARNINGS_SHOWN = 10;

/** What the rest of each kind of warning are, in the line that counts them. */
const KIND_NAMES = {
  replaces: 'roles that replace another',
  'shared-name': 'names that several roles answer to',
  unreached: 'roles that no path shows',
  'control-characters': 'texts with control characters',
} as const;

/** The warnings to print, WARNINGS_SHOWN of each kind, each kind's rest counted on one line. */
function warningLines(
  warnings: readonly (KnowledgeBaseIssue & { kind: keyof typeof KIND_NAMES })[],
) {
  const seen = new Map<string, number>();
  const lines: string[] = [];
  for (const warning of warnings) {
    const count = (seen.get(warning.kind) ?? 0) + 1;
    seen.set(warning.kind, count);
    if (count <= WARNINGS_SHOWN) lines.push(`career: warning: ${formatIssue(warning)}\n`);
  }
  for (const [kind, count] of seen)
    if (count > WARNINGS_SHOWN)
      lines.push(
        `career: warning: and ${count - WARNINGS_SHOWN} more ${KIND_NAMES[kind as keyof typeof KIND_NAMES]}: career validate --json lists every warning\n`,
      );
  return lines.join('');
}

const issueJson = (issue: KnowledgeBaseIssue) => ({
  file: issue.file,
  line: issue.line ?? null,
  column: issue.column ?? null,
  field: issue.field ?? null,
  message: issue.message,
});

/**
 * Checks files as --data would load them, layered over the built-in roles
 * (unless --no-builtin), and reports every problem at once. Unlike the other
 * commands, whose broken data ends them with exit 3, validate answers a
 * question: problems found is exit 1, the way grep answers "no match".
 * Warnings (layer-warnings.ts, control-characters.ts) go to stderr and
 * leave the answer "valid", unless --strict.
 */
export async function validate(context: CommandContext, options: ValidateOptions): Promise<void> {
  const { io } = context;
  const builtin = context.globals().builtin ? context.builtin() : undefined;
  const { issues, layers, files, knowledgeBase } = checkKnowledgeBase(
    options.paths,
    builtin ? { base: builtin } : {},
  );
  // Warnings are worked out only on files that load: a broken file's are noise.
  const warnings =
    issues.length > 0
      ? []
      : [
          ...layers
            .flat()
            .flatMap(controlCharacterWarnings)
            .map((warning) => ({ ...warning, kind: 'control-characters' as const })),
          ...layerWarnings(layers, knowledgeBase, builtin),
        ];
  const data = layers.flat().map((parsed) => parsed.data);
  // A role a later file replaces is one role, as the layered result has it.
  const roles = new Set(data.flatMap((d) => (d.roles ?? []).map((role) => role.id))).size;
  const tracks = data.reduce((n, d) => n + (d.tracks?.length ?? 0), 0);
  const edges = data.reduce(
    (n, d) => n + (d.roles ?? []).reduce((m, role) => m + role.advancesTo.length, 0),
    0,
  );
  const failed = issues.length > 0 || (options.strict === true && warnings.length > 0);

  if (options.format) {
    io.stdout.write(
      await dataText(options.format, {
        valid: !failed,
        problems: issues.map(issueJson),
        warnings: warnings.map(issueJson),
        files: files.length,
        roles,
        tracks,
        edges,
      }),
    );
    if (failed)
      throw new CliError(
        `not valid: ${plural(issues.length, 'problem')}, ${plural(warnings.length, 'warning')}${options.strict ? ' (--strict)' : ''}`,
        EXIT.notFound,
      );
    return;
  }
  if (issues.length > 0) {
    io.stdout.write(issues.map((issue) => `${formatIssue(issue)}\n`).join(''));
    const damaged = new Set(issues.map((issue) => issue.file)).size;
    throw new CliError(
      `${plural(issues.length, 'problem')} in ${plural(damaged, 'file')}`,
      EXIT.notFound,
    );
  }
  if (warnings.length > 0) io.stderr.write(warningLines(warnings));
  if (failed)
    throw new CliError(
      `${plural(warnings.length, 'warning')}, and --strict counts them as problems`,
      EXIT.notFound,
    );
  io.stdout.write(
    `valid: ${plural(files.length, 'file')}, ${plural(roles, 'role')}, ${plural(tracks, 'track')}, ${plural(edges, 'advancement edge')}\n`,
  );
}
