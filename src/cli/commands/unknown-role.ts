import type { Suggestion } from '../../engine/resolve.js';
import { shorten } from '../../text/quote.js';
import { didYouMean } from '../../text/similarity.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

/** The one-line answer to a role that does not exist, with what was probably meant. */
export function unknownRole(name: string, suggestions: readonly Suggestion[]): CliError {
  const hint = didYouMean(suggestions.map((s) => s.role.id));
  return new CliError(
    `unknown role "${shorten(name)}"${hint ? `, ${hint}` : '; run "career list" to see every role'}`,
    EXIT.notFound,
  );
}
