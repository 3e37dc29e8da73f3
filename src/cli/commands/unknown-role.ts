import type { Suggestion } from '../../engine/resolve.js';
import { shorten } from '../../text/quote.js';
import { suggesting } from '../../text/similarity.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

/** The one-line answer to a role that does not exist, with what was probably meant. */
export function unknownRole(name: string, suggestions: readonly Suggestion[]): CliError {
  return new CliError(
    suggesting(
      `unknown role "${shorten(name)}"`,
      suggestions.map((s) => s.role.id),
      '; run "career list" to see every role',
    ),
    EXIT.notFound,
  );
}
