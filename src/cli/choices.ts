/**
 * The fixed choices of the command line, each named once: the program's
 * declaration (help, completion) and the command that checks the value
 * both read them here. Choices that come from data (tracks, levels, topics)
 * are read from the knowledge base instead; formats are output-format.ts's.
 */

/** The shells `career completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The kinds of data `career import` converts into a knowledge base. */
export const IMPORT_SOURCES = ['onet'] as const;
