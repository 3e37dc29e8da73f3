import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT, tempDir } from '../helpers/cli.js';

// The built program (npm test builds it first): what `npm run build` leaves in dist/.
const dist = join(ROOT, 'dist');
const files = readdirSync(dist);
const program = files.filter((file) => file.endsWith('.cjs'));

describe('the build', () => {
  it('keeps dist/ under 2 MB, Graphviz included, compressed', () => {
    // Graphviz compiled to WebAssembly (@viz-js/viz, for `path --format svg`) is 1.2 MB of
    // JavaScript on its own; it ships Brotli-compressed, and its uncompressed build is not shipped.
    expect(files.filter((file) => file.startsWith('vendor-viz-js-viz.cjs'))).toEqual([
      'vendor-viz-js-viz.cjs.br',
    ]);
    const bytes = files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('has one copy of each module: a class is defined in one file, so instanceof holds across files', () => {
    const defining = (pattern: RegExp) =>
      program.filter((file) => pattern.test(readFileSync(join(dist, file), 'utf8')));
    expect(defining(/\bCliError\s*=\s*class\b|\bclass CliError\b/)).toHaveLength(1);
    expect(
      defining(/\bKnowledgeBaseError\s*=\s*class\b|\bclass KnowledgeBaseError\b/),
    ).toHaveLength(1);
    // zod's core, by a name that survives minifying: `$ZodType` is declared once in zod.
    expect(defining(/\$ZodType\s*=/)).toHaveLength(1);
  });

  it('loads neither child_process, node:tty nor the libraries a command does not use, for list and --help', () => {
    const probe = join(tempDir(), 'loaded.cjs');
    const out = `${probe}.txt`;
    writeFileSync(
      probe,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, [...process.moduleLoadList, ...Object.keys(require.cache)].join('\\n')));`,
    );
    for (const args of [['list', '--json'], ['--help']]) {
      const run = spawnSync(process.execPath, ['--require', probe, BIN, ...args], {
        env: cleanEnv(),
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      const loaded = readFileSync(out, 'utf8');
      expect(loaded).not.toMatch(/child_process/);
      // Output to a pipe needs neither node:tty nor the sockets and streams it brings.
      expect(loaded).not.toMatch(/^NativeModule (tty|net)$/m);
      expect(loaded).not.toMatch(/vendor-(yaml|chalk|inquirer)|schema\.cjs|load\.cjs/);
    }
  });
});
