import { delimiter } from 'node:path';
import type { DerivedStore } from '../knowledge-base/cache.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import { colorLevel, type Style, style } from './color.js';
import { CliError } from './errors.js';
import { EXIT } from './exit-codes.js';
import type { Io, OutputStream } from './io.js';

/** What the command line said about where roles come from and how to print. */
export interface GlobalOptions {
  /** --data paths, in order. */
  data: string[];
  /** false with --no-builtin. */
  builtin: boolean;
  /** false with --no-color. */
  color: boolean;
}

/** What every command is handed: the world, the knowledge base, and how to style a stream. */
export interface CommandContext {
  io: Io;
  /** Loaded on first use: `--help` and usage errors never pay for it. */
  knowledgeBase(): Promise<KnowledgeBase>;
  style(stream: OutputStream): Promise<Style>;
  /** Where to keep what is worked out from the knowledge base, when it came from a cache. */
  derived(): Promise<DerivedStore | undefined>;
  /** The knowledge base shipped with the program. */
  builtin(): KnowledgeBase;
  globals(): GlobalOptions;
}

/**
 * The knowledge-base sources in force: CAREER_DATA (a list of paths,
 * separated like PATH), then every --data, each a layer over the built-in
 * knowledge base unless --no-builtin.
 */
export function sources(options: GlobalOptions, env: Io['env']): string[] {
  const fromEnv = (env.CAREER_DATA ?? '').split(delimiter).filter((path) => path.trim() !== '');
  return [...fromEnv, ...options.data];
}

export function createContext(
  io: Io,
  loadBuiltin: () => KnowledgeBase,
  globals: () => GlobalOptions,
  builtinText: () => string = () => JSON.stringify(loadBuiltin()),
): CommandContext {
  let loaded: Promise<{ knowledgeBase: KnowledgeBase; derived?: DerivedStore }> | undefined;
  const loadAll = async (): Promise<{ knowledgeBase: KnowledgeBase; derived?: DerivedStore }> => {
    const options = globals();
    const paths = sources(options, io.env);
    if (paths.length === 0) {
      if (!options.builtin)
        throw new CliError(
          '--no-builtin leaves no roles: add --data PATH (or set CAREER_DATA)',
          EXIT.usage,
        );
      return { knowledgeBase: loadBuiltin() };
    }
    // YAML and the schema are loaded only when there are files to read and no valid cache of them,
    // and so is the built-in knowledge base they are layered over.
    const load = async () => {
      const base = options.builtin ? loadBuiltin() : undefined;
      const [{ loadKnowledgeBase }, { progress }] = await Promise.all([
        import('../knowledge-base/load.js'),
        import('./progress.js'),
      ]);
      // A big knowledge base read for the first time (O*NET: over a second) says what it is doing.
      const shown = progress(io.stderr, 'loading the knowledge base', io.now);
      try {
        return loadKnowledgeBase(paths, { ...(base ? { base } : {}), onStep: shown.step });
      } finally {
        shown.done();
      }
    };
    if (io.env.CAREER_NO_CACHE) return { knowledgeBase: await load() };
    // Loaded here, not at start-up: only runs with sources of their own need the cache, or node:os.
    const [{ loadCached }, { userFolder }, { homedir }] = await Promise.all([
      import('../knowledge-base/cache.js'),
      import('./locations.js'),
      import('node:os'),
    ]);
    const directory = userFolder('cache', io.env, process.platform, homedir());
    // The built-in knowledge base is part of the result, so it is part of the key.
    return loadCached(
      paths,
      { directory, salt: options.builtin ? builtinText() : 'no built-in roles' },
      load,
    );
  };
  return {
    io,
    knowledgeBase: async () => {
      loaded ??= loadAll();
      return (await loaded).knowledgeBase;
    },
    derived: async () => {
      loaded ??= loadAll();
      return (await loaded).derived;
    },
    style: (stream) => style(colorLevel(stream, io.env, !globals().color)),
    builtin: loadBuiltin,
    globals,
  };
}
