/**
 * `npm run build` (and `prepare`, so a fresh clone builds on `npm install`):
 * validates data/ and writes it as dist/knowledge-base.json, then bundles the
 * CLI into dist/. The shipped program never parses YAML or validates the
 * built-in knowledge base at run time: that work is done once, here.
 *
 * The bundle is CommonJS, and every dynamic import() in the source becomes
 * its own file, loaded only when a command needs it. Measured on the CI
 * machine kind (`npm run bench`, ratios to `node -e 0`): an ES-module entry
 * costs Node its ESM loader on every run (about 8 ms), and compiling code a
 * command does not run costs in proportion to its size; unbundled packages
 * cost resolution in node_modules. `career list --json` went from 1.53x
 * (unbundled ESM) to 1.36x (one ESM bundle with chunks) to under 1.2x so.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
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

/** The output name of a lazily loaded module: src/cli/commands/list.ts → cli-commands-list. */
function lazyName(path: string): string {
  if (!path.startsWith('/'))
    return `vendor-${path.replace(/^@/, '').replace(/[^a-zA-Z0-9]+/g, '-')}`;
  return relative(join(root, 'src'), path)
    .replace(/\.[jt]s$/, '')
    .replace(/[^a-zA-Z0-9]+/g, '-');
}

const entries = new Map<string, string>([['cli', 'src/cli/run.ts']]);

/**
 * Turns each dynamic import() into a require of its own output file, and
 * records it as an entry point for the next round. All outputs sit side by
 * side in dist/, so "./name.cjs" is right from any of them.
 */
const lazyFiles: Plugin = {
  name: 'lazy-files',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      // Node's own modules stay as they are: a require of them, in a promise.
      if (args.kind !== 'dynamic-import' || args.path.startsWith('node:')) return undefined;
      const source = args.path.startsWith('.')
        ? join(args.resolveDir, args.path).replace(/\.js$/, '.ts')
        : args.path;
      const name = lazyName(source);
      if (!entries.has(name))
        entries.set(name, source.startsWith('/') ? relative(root, source) : `vendor:${source}`);
      return { path: `./${name}.cjs`, external: true };
    });
    // A package loaded lazily gets a file that is nothing but the package.
    build.onResolve({ filter: /^vendor:/ }, (args) => ({
      path: args.path.slice('vendor:'.length),
      namespace: 'vendor',
    }));
    build.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * commander requires child_process when it loads, for stand-alone executable
 * subcommands, which career does not have; Node then loads child_process,
 * net and dgram on every run. The require is made lazy: the same module,
 * loaded on first use. If commander's source changes, the build says so.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager))
        throw new Error(`${args.path}: no "${eager}" to make lazy; update scripts/build.ts`);
      const lazy =
        "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

// Each round may find more dynamic imports; build until no new one turns up.
let metafile: Metafile = { inputs: {}, outputs: {} };
for (let known = 0; known !== entries.size; ) {
  known = entries.size;
  const result = await build({
    entryPoints: Object.fromEntries(entries),
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    plugins: [lazyFiles, lazyChildProcess],
    // import() of a lazy file becomes a require in a promise: a real import() would start the ESM loader.
    supported: { 'dynamic-import': false },
    metafile: true,
    define: {
      CAREER_VERSION: JSON.stringify(version),
      CAREER_BUILD: JSON.stringify(buildId()),
      MINISEARCH_VERSION: JSON.stringify(minisearchVersion),
      'import.meta.url': '__importMetaUrl',
    },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    legalComments: 'none',
    // Less to parse at every start; names are kept so a bug's stack trace stays readable.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  metafile = result.metafile;
}

// Bundled code carries its authors' licences with it.
const packages = new Set<string>();
for (const input of Object.keys(metafile.inputs)) {
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

const main = Object.entries(metafile.outputs).find(([out]) => basename(out) === 'cli.cjs');
process.stderr.write(
  `build: ${knowledgeBase.roles.length} roles from ${files.length} files; ${entries.size} program files in ${dirname('dist/x')}/, the first loaded ${Math.round((main?.[1].bytes ?? 0) / 1024)} KiB\n`,
);
