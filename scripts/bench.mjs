#!/usr/bin/env node
/**
 * `npm run bench [-- --runs N]`: start-up of `career` against bare Node.
 *
 * For each case, `node -e 0` and the career command run alternately, N times
 * each, in this one process, so both see the same machine state; the median
 * wall times and their ratio are printed, with peak memory (max RSS) from
 * separate runs. Build first (`npm run build`): this times the shipped
 * program, not TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin', 'career.js');
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 21;

const cases = [
  { name: 'list --json', args: ['list', '--json'] },
  { name: 'show seo-specialist --json', args: ['show', 'seo-specialist', '--json'] },
  { name: 'list (piped)', args: ['list'] },
  { name: '--help', args: ['--help'] },
];

const env = { ...process.env, NO_COLOR: '1' };

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

// Peak memory: a preloaded module writes the process's max RSS when it exits.
const scratch = mkdtempSync(join(tmpdir(), 'career-bench-'));
const probe = join(scratch, 'rss.cjs');
const rssFile = join(scratch, 'rss.txt');
writeFileSync(
  probe,
  `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`,
);
function peakMiB(args) {
  spawnSync(process.execPath, ['--require', probe, ...args], { env, stdio: 'ignore' });
  return Number(readFileSync(rssFile, 'utf8')) / 1024;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(`node ${process.version}, ${runs} alternating runs per case, medians\n`);
console.log(
  `${'case'.padEnd(32)} ${'node -e 0'.padStart(10)} ${'career'.padStart(10)} ${'ratio'.padStart(7)} ${'peak MiB'.padStart(9)}`,
);
for (const { name, args } of cases) {
  for (let i = 0; i < 2; i++) time([bin, ...args]); // warm the file cache and the compile cache
  const bare = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    ours.push(time([bin, ...args]));
  }
  const [b, c] = [median(bare), median(ours)];
  console.log(
    `${name.padEnd(32)} ${`${b.toFixed(1)} ms`.padStart(10)} ${`${c.toFixed(1)} ms`.padStart(10)} ${`${(c / b).toFixed(2)}x`.padStart(7)} ${peakMiB(
      [bin, ...args],
    )
      .toFixed(1)
      .padStart(9)}`,
  );
}
console.log(
  `${'node -e 0'.padEnd(32)} ${''.padStart(10)} ${''.padStart(10)} ${''.padStart(7)} ${peakMiB(['-e', '0']).toFixed(1).padStart(9)}`,
);
rmSync(scratch, { recursive: true, force: true });
