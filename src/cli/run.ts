import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KnowledgeBaseError } from '../knowledge-base/errors.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import { processIo } from './io.js';
import { main } from './main.js';

declare const CAREER_VERSION: string;

/**
 * The built program's entry: binds `main` to this process. The built-in
 * knowledge base was validated when the program was built and sits beside
 * this file as JSON, so loading it is a read and a parse, nothing more.
 */
export async function run(): Promise<void> {
  const builtin = new URL('./knowledge-base.json', import.meta.url);
  const damaged = () =>
    new KnowledgeBaseError([
      {
        file: fileURLToPath(builtin),
        message: 'the built-in knowledge base is missing or damaged: run "npm run build"',
      },
    ]);
  const builtinText = (): string => {
    try {
      return readFileSync(builtin, 'utf8');
    } catch {
      throw damaged();
    }
  };
  const loadBuiltin = (): KnowledgeBase => {
    try {
      return JSON.parse(builtinText()) as KnowledgeBase;
    } catch {
      throw damaged();
    }
  };
  process.exitCode = await main({
    argv: process.argv.slice(2),
    io: processIo(),
    loadBuiltin,
    builtinText,
    version: CAREER_VERSION,
  });
}
