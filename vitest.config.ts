import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// What `npm run build` defines, so the program run in-process (tests/helpers/run-main.ts) names its files as the built one does.
const minisearch = JSON.parse(readFileSync('node_modules/minisearch/package.json', 'utf8')) as {
  version: string;
};

export default defineConfig({
  define: { MINISEARCH_VERSION: JSON.stringify(minisearch.version) },
  test: {
    include: ['tests/**/*.test.ts'],
    // One temporary folder for the run, TMPDIR for every worker and child, removed at the end.
    globalSetup: ['./tests/helpers/run-temp.ts'],
    // One module graph for all test files: the in-process command tests
    // would otherwise each load the whole program again (several seconds in all).
    // No test changes a module's state for another; each makes its own folders.
    isolate: false,
    // Much of a run is waiting on a child process (the built CLI, a pseudo-terminal, bash):
    // two workers overlap that even on two cores, where vitest would start one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Smoke tests spawn the real CLI; give a slow CI machine room.
    testTimeout: 30_000,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
