import {
  forgetSearchIndex,
  hasSearchIndex,
  type SearchHit,
  searchIndexBytes,
  searchRoles,
  useSearchIndexBytes,
  whenSearchIndexNeeded,
} from '../../engine/search.js';
import { shorten } from '../../text/quote.js';
import { term, tokenize } from '../../text/terms.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { dataText, isData, type OutputFormat } from '../output-format.js';
import {
  renderSearchMarkdown,
  renderSearchText,
  renderSearchTsv,
  searchJson,
} from '../render/search.js';

/** The saved index's format: the bundled minisearch's version, set by the build ("dev" under tsx). */
declare const MINISEARCH_VERSION: string | undefined;
const SEARCH_INDEX_FORMAT =
  typeof MINISEARCH_VERSION === 'string' ? `minisearch-${MINISEARCH_VERSION}-lazy` : 'dev';

export interface SearchOptions {
  words: string[];
  format?: OutputFormat;
  /** The most roles to show. */
  limit: number;
}

export async function search(context: CommandContext, options: SearchOptions): Promise<void> {
  const query = options.words.join(' ');
  if (query.trim() === '')
    throw new CliError(
      'search needs words: a skill, a tool or a task, like: career search shopify',
      EXIT.usage,
    );
  // Words like "the" and "and" are left out of every search: a query of only those finds nothing, by design.
  const words = tokenize(query);
  if (words.length > 0 && words.every((word) => term(word) === ''))
    throw new CliError(
      `"${shorten(query)}" has only common words (like "the", "and"), which search leaves out; name a skill, a tool or a task`,
      EXIT.usage,
    );
  const knowledgeBase = await context.knowledgeBase();
  // A large knowledge base from the cache brings its search index along, read only if the query
  // needs the full text; one built here is saved for next time.
  const derived = await context.derived();
  const name = `search-index.${SEARCH_INDEX_FORMAT}`;
  let restored = false;
  if (derived)
    whenSearchIndexNeeded(knowledgeBase, () => {
      const saved = derived.read(name);
      restored = saved !== undefined && useSearchIndexBytes(knowledgeBase, saved);
    });
  let hits: SearchHit[] | undefined;
  try {
    hits = searchRoles(knowledgeBase, query, options.limit);
  } catch (error) {
    // Only a restored index can make a search fail; without one, a failure is a bug.
    if (!restored) throw error;
  }
  // Every hit must be borne out by its role's own text: one that is not came from a saved index that
  // does not describe these roles (damaged, or forged under a valid checksum). It is rebuilt and saved.
  if (restored && (!hits || hits.some((hit) => hit.matches.length === 0))) {
    forgetSearchIndex(knowledgeBase);
    restored = false;
    hits = searchRoles(knowledgeBase, query, options.limit);
  }
  hits ??= [];
  if (derived && !restored && hasSearchIndex(knowledgeBase))
    derived.write(name, searchIndexBytes(knowledgeBase));
  const { stdout } = context.io;
  // Scripts get an array whatever the result; the exit code and the hint say it is empty.
  if (hits.length === 0 && isData(options.format)) stdout.write(await dataText(options.format, []));
  if (hits.length === 0) {
    throw new CliError(
      `nothing matches "${shorten(query)}"; try fewer or other words, or see every role with: career list`,
      EXIT.notFound,
    );
  }
  if (isData(options.format)) stdout.write(await dataText(options.format, searchJson(hits)));
  else if (options.format === 'markdown') stdout.write(renderSearchMarkdown(query, hits));
  else if (stdout.isTTY)
    stdout.write(renderSearchText(hits, await context.style(stdout), textWidth(stdout.columns)));
  else stdout.write(renderSearchTsv(hits));
}
