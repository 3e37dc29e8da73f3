/** The exit codes, documented in the README and in `career --help`. */
export const EXIT = {
  ok: 0,
  /** A role, match or route that does not exist. */
  notFound: 1,
  /** The command line (or an answers file) is wrong. */
  usage: 2,
  /** A knowledge-base file is broken or cannot be read. */
  data: 3,
  /** Something the user keeps (history), or the output itself, could not be written. */
  io: 4,
  /** A bug: the stack is printed, with how to report it. */
  internal: 70,
  /** Ctrl-C. */
  interrupted: 130,
  /** SIGTERM (kill), after a save in progress has finished or been undone. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
