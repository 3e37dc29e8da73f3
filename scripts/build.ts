/**
 * `npm run build` (and `prepare`, so a fresh clone builds on `npm install`):
 * validates data/ and writes it as dist/knowledge-base.json, then bundles the
 * CLI into dist/. The shipped program never parses YAML or validates the
 * built-in knowledge base at run time: that work is done once, here.
 *
 * The bundle is CommonJS, split by rolldown into chunks that `require` one
 * another: each dynamic import() in the source starts a chunk loaded only
 * when a command needs it, and code two chunks need sits in one chunk they
 * both load, never in two copies. Measured on the CI machine kind
 * (`npm run bench`, ratios to `node -e 0`): an ES-module entry costs Node its
 * ESM loader on every run (about 8 ms on Node 20), and compiling code a
 * command does not run costs in proportion to its size; unbundled packages
 * cost resolution in node_modules; each extra file costs a read and a
 * compile, so the small modules everything shares are one chunk. Against
 * the former build (esbuild, a copy of shared code in every lazy file,
 * 4.7 MB), list, show and --help cost about 2-3 ms more CPU on Node 20
 * (1.17-1.20x to 1.22-1.24x); esbuild's ES-module splitting turned into
 * CommonJS measured worse (1.28x, many small chunks, 1.8 MB).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import {
  type ChunkingContext,
  type OutputChunk,
  type Plugin,
  type PreRenderedChunk,
  RUNTIME_MODULE_ID,
  rolldown,
} from 'rolldown';
import { formatIssue } from '../src/knowledge-base/errors.js';
import { checkKnowledgeBase } from '../src/knowledge-base/load.js';

const root = fileURLToPath(new URL('../', import.meta.url));
process.chdir(root);
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// Saved search indexes are named by it: their form is minisearch's own.
const { version: minisearchVersion } = JSON.parse(
  readFileSync('node_modules/minisearch/package.json', 'utf8'),
) as { version: string };

/**
 * What this build of the program is: its version and every source file. A
 * cache entry is bound to it (src/knowledge-base/cache.ts), so an entry
 * written by another build, whose knowledge base may have another shape,
 * is never read as this one's.
 */
function buildId(): string {
  const hash = createHash('sha256').update(version);
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
    );
  for (const file of walk('src').sort()) hash.update(`\0${file}\0`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

const { knowledgeBase, issues, files } = checkKnowledgeBase(['data']);
if (issues.length > 0) {
  for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`);
  process.stderr.write(`build: the knowledge base in data/ has ${issues.length} problem(s)\n`);
  process.exit(1);
}

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
writeFileSync('dist/knowledge-base.json', JSON.stringify(knowledgeBase));
// Compiled code a run keeps beside the program on Node before 22.1 (bin/code-cache.js) is this
// machine's, not the package's.
writeFileSync('dist/.npmignore', '.code-cache/\n');

const LAZY_CHILD_PROCESS = '\0lazy-child-process';

/**
 * commander requires node:child_process when it loads, for stand-alone
 * executable subcommands, which career does not have; Node would then load
 * child_process, net and dgram on every run (about 3 ms). commander's source
 * is left as it is: its require of node:child_process is answered with a
 * stand-in that loads the real module on first use of any of its members.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  resolveId(source, importer) {
    if (
      source === 'node:child_process' &&
      importer &&
      /[\\/]node_modules[\\/]commander[\\/]/.test(importer)
    )
      return LAZY_CHILD_PROCESS;
    return null;
  },
  load(id) {
    if (id !== LAZY_CHILD_PROCESS) return null;
    return {
      code: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      moduleType: 'js',
    };
  },
};

const GRAPHVIZ = '\0graphviz';
/** Graphviz's file in dist/: its own CommonJS build, Brotli-compressed. */
const GRAPHVIZ_FILE = 'vendor-viz-js-viz.cjs.br';

/**
 * Graphviz compiled to WebAssembly (@viz-js/viz, for `path --format svg`) is
 * 1.2 MB of JavaScript carrying the WebAssembly inline, three times its size
 * compressed. It ships as its package's own CommonJS build, compressed with
 * Brotli (0.38 MB, which keeps dist/ under 2 MB), and its import is answered
 * with a loader that inflates it (about 8 ms, for that command only) and
 * runs it as Node runs a CommonJS file.
 */
const compressedGraphviz: Plugin = {
  name: 'compressed-graphviz',
  resolveId(source) {
    return source === '@viz-js/viz' ? GRAPHVIZ : null;
  },
  load(id) {
    if (id !== GRAPHVIZ) return null;
    return {
      code: `const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { compileFunction } = require('node:vm');
const { brotliDecompressSync } = require('node:zlib');
const filename = join(__dirname, ${JSON.stringify(GRAPHVIZ_FILE.replace(/\.br$/, ''))});
const code = brotliDecompressSync(readFileSync(\`\${filename}.br\`)).toString('utf8');
const graphviz = { exports: {} };
compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], { filename })(
  graphviz.exports, require, graphviz, filename, __dirname);
module.exports = graphviz.exports;
`,
      moduleType: 'js',
    };
  },
};

/** Node's modules that every run loads anyway (the entry needs them). */
const STARTUP_BUILTINS = new Set(['node:fs', 'node:path', 'node:url', 'node:tty']);

/**
 * Whether a module and everything it imports statically are the program's
 * own code, not a library: such modules are small, and the ones several
 * chunks share are gathered into one chunk, `shared.cjs`, instead of a file
 * each. A module that pulls in a library (zod, yaml) or a Node module a run
 * would not load otherwise (crypto) stays out, so loading the shared chunk
 * costs no more than reading it.
 */
function ownCodeOnly(
  id: string,
  context: ChunkingContext,
  seen = new Map<string, boolean>(),
): boolean {
  const known = seen.get(id);
  if (known !== undefined) return known;
  seen.set(id, true); // an import cycle adds nothing new
  const info = context.getModuleInfo(id);
  const own =
    id === RUNTIME_MODULE_ID ||
    (id.startsWith(join(root, 'src')) &&
      (info?.importedIds ?? []).every(
        (imported) => STARTUP_BUILTINS.has(imported) || ownCodeOnly(imported, context, seen),
      ));
  seen.set(id, own);
  return own;
}

/**
 * A chunk's file name says what is in it: `cli-commands-list.cjs` for
 * src/cli/commands/list.ts and what only it needs, `vendor-yaml.cjs` for a
 * library, `shared.cjs` for the group above.
 */
function chunkName(chunk: PreRenderedChunk): string {
  if (chunk.name === 'shared' || chunk.name === 'start') return `${chunk.name}.cjs`;
  if (chunk.moduleIds.includes(GRAPHVIZ)) return 'vendor-viz-js-viz-loader.cjs';
  const ids = chunk.facadeModuleId ? [chunk.facadeModuleId] : [...chunk.moduleIds].reverse();
  const own = ids.find((id) => id.startsWith(join(root, 'src')));
  if (own)
    return `${relative(join(root, 'src'), own)
      .replace(/\.[jt]s$/, '')
      .replace(/[^a-zA-Z0-9]+/g, '-')}.cjs`;
  const library = ids
    .map((id) => /node_modules[\\/]((?:@[^/\\]+[\\/])?[^/\\]+)[\\/]/.exec(id)?.[1])
    .find(Boolean);
  return library
    ? `vendor-${library.replace(/^@/, '').replace(/[^a-zA-Z0-9]+/g, '-')}.cjs`
    : '[name].cjs';
}

const bundle = await rolldown({
  input: { cli: 'src/cli/run.ts' },
  platform: 'node',
  plugins: [lazyChildProcess, compressedGraphviz],
  transform: {
    target: 'node20',
    define: {
      CAREER_VERSION: JSON.stringify(version),
      CAREER_BUILD: JSON.stringify(buildId()),
      MINISEARCH_VERSION: JSON.stringify(minisearchVersion),
    },
  },
  logLevel: 'warn',
});
const { output } = await bundle.write({
  dir: 'dist',
  format: 'cjs',
  entryFileNames: '[name].cjs',
  chunkFileNames: chunkName,
  // import() becomes a require in a promise: a real import() would start the ESM loader.
  dynamicImportInCjs: false,
  codeSplitting: {
    groups: [
      // What every start loads (the entry's static imports: rolldown's '$initial' tag) is
      // captured first, into a small chunk of its own, so that it never lands in the chunk of
      // what only lazily loaded commands share: printing a list must not parse the quiz's plan.
      {
        debugName: 'start',
        name: (id, context) => (ownCodeOnly(id, context) ? 'start' : null),
        tags: ['$initial'],
        minShareCount: 2,
        priority: 2,
      },
      {
        debugName: 'shared',
        name: (id, context) => (ownCodeOnly(id, context) ? 'shared' : null),
        minShareCount: 2,
        priority: 1,
      },
    ],
  },
  // Less to parse at every start; names are not mangled, so a bug's stack trace stays readable.
  minify: { compress: true, mangle: false },
  comments: false,
});
await bundle.close();
{
  const graphviz = readFileSync('node_modules/@viz-js/viz/dist/viz.cjs');
  writeFileSync(
    join('dist', GRAPHVIZ_FILE),
    brotliCompressSync(graphviz, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_SIZE_HINT]: graphviz.length,
      },
    }),
  );
}
const chunks = output.filter((file): file is OutputChunk => file.type === 'chunk');

// Bundled code carries its authors' licences with it.
const packages = new Set<string>(['@viz-js/viz']);
for (const id of chunks.flatMap((chunk) => chunk.moduleIds)) {
  const match = /node_modules[\\/]((?:@[^/\\]+[\\/])?[^/\\]+)[\\/]/.exec(id);
  if (match?.[1]) packages.add(match[1].replace(/\\/g, '/'));
}
const notices = [...packages].sort().map((name) => {
  const dir = join('node_modules', name);
  const { version: v, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
    license: string;
  };
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `Licensed under ${license}.`;
  // The package ships no licence file, and it carries Graphviz itself, under its own licence.
  const more =
    name === '@viz-js/viz'
      ? '\n\nIt contains Graphviz (https://graphviz.org), compiled to WebAssembly, licensed under the Eclipse Public License 1.0 (EPL-1.0).'
      : '';
  return `${name}@${v} (${license})\n\n${text}${more}\n`;
});
writeFileSync(
  'dist/THIRD-PARTY-LICENSES.txt',
  `career-advisor bundles the following packages into dist/.\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);

const size = (chunk: OutputChunk | undefined) => Math.round((chunk?.code.length ?? 0) / 1024);
const total = chunks.reduce((sum, chunk) => sum + chunk.code.length, 0);
process.stderr.write(
  `build: ${knowledgeBase.roles.length} roles from ${files.length} files; ${chunks.length} program files in dist/, ${Math.round(total / 1024)} KiB, the first loaded ${size(chunks.find((c) => c.fileName === 'cli.cjs'))} KiB\n`,
);
