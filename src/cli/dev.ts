import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../knowledge-base/load.js';
import { processIo } from './io.js';
import { main } from './main.js';

/**
 * `npm run dev -- <command>`: the program straight from TypeScript, reading
 * data/ as YAML on every run so edits to the knowledge base show at once.
 */
const data = fileURLToPath(new URL('../../data/', import.meta.url));
process.exitCode = await main({
  argv: process.argv.slice(2),
  io: processIo(),
  loadBuiltin: () => loadKnowledgeBase([data]),
  version: 'dev',
});
