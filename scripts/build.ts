/**
 * `npm run build` (and `prepare`, so a fresh clone builds on `npm install`):
 * validates data/ and writes it as dist/knowledge-base.json, then bundles the
 * CLI into dist/. The shipped program never parses YAML or validates the
 * built-in knowledge base at run time: that work is done once, here.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

const result = await build({
  entryPoints: { cli: 'src/cli/run.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The libraries are bundled too: resolving packages in node_modules is most
  // of what start-up costs (measured: 1.53x bare Node unbundled, 1.23x
  // bundled), and the published package then installs with no dependencies.
  metafile: true,
  // yaml's "node" entry is CommonJS, and a lazily imported CommonJS chunk
  // exposes only a default export; its ES-module build (plain JS, no browser
  // APIs) keeps the named exports.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // commander is CommonJS and requires Node's built-ins; an ES module has no
  // `require` of its own, so the bundle makes one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  define: { CAREER_VERSION: JSON.stringify(version) },
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});

// Bundled code carries its authors' licences with it.
const packages = new Set<string>();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match?.[1]) packages.add(match[1]);
}
const notices = [...packages].sort().map((name) => {
  const dir = join('node_modules', name);
  const { version: v, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
    license: string;
  };
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `Licensed under ${license}.`;
  return `${name}@${v} (${license})\n\n${text}\n`;
});
writeFileSync(
  'dist/THIRD-PARTY-LICENSES.txt',
  `career-advisor bundles the following packages into dist/.\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);

process.stderr.write(
  `build: ${knowledgeBase.roles.length} roles from ${files.length} files, program in dist/\n`,
);
