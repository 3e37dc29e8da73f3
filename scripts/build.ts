/**
 * `npm run build` (and `prepare`, so a fresh clone builds on `npm install`):
 * validates data/ and writes it as dist/knowledge-base.json, then bundles the
 * CLI into dist/. The shipped program never parses YAML or validates the
 * built-in knowledge base at run time: that work is done once, here.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { formatIssue } from '../src/knowledge-base/errors.js';
import { checkKnowledgeBase } from '../src/knowledge-base/load.js';

const root = fileURLToPath(new URL('../', import.meta.url));
process.chdir(root);
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const { knowledgeBase, issues, files } = checkKnowledgeBase(['data']);
if (issues.length > 0) {
  for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`);
  process.stderr.write(`build: the knowledge base in data/ has ${issues.length} problem(s)\n`);
  process.exit(1);
}

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
writeFileSync('dist/knowledge-base.json', JSON.stringify(knowledgeBase));

await build({
  entryPoints: { cli: 'src/cli/run.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies stay in node_modules: installed, not copied into our files.
  packages: 'external',
  define: { CAREER_VERSION: JSON.stringify(version) },
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});

process.stderr.write(
  `build: ${knowledgeBase.roles.length} roles from ${files.length} files, program in dist/\n`,
);
