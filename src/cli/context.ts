import type { KnowledgeBase } from '../knowledge-base/model.js';
import { colorLevel, type Style, style } from './color.js';
import type { Io, OutputStream } from './io.js';

/** What every command is handed: the world, the knowledge base, and how to style a stream. */
export interface CommandContext {
  io: Io;
  /** Loaded on first use: `--help` and usage errors never pay for it. */
  knowledgeBase(): KnowledgeBase;
  style(stream: OutputStream): Promise<Style>;
}

export function createContext(
  io: Io,
  load: () => KnowledgeBase,
  noColor: () => boolean,
): CommandContext {
  let knowledgeBase: KnowledgeBase | undefined;
  return {
    io,
    knowledgeBase: () => {
      knowledgeBase ??= load();
      return knowledgeBase;
    },
    style: (stream) => style(colorLevel(stream, io.env, noColor())),
  };
}
