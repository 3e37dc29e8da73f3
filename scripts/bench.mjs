#!/usr/bin/env node
/**
 * `npm run bench [-- --runs N] [-- --onet DIR] [-- --scale 1000,10000,50000] [-- --only startup|onet|scale]`
 *
 * Times `career` against bare Node. For each case, `node -e 0` and the
 * career command run alternately, N times each, in this one process, so
 * both see the same machine state; the medians and their ratio are printed,
 * with peak memory (max RSS) from a separate run. Build first
 * (`npm run build`): this times the shipped program, not TypeScript.
 *
 * - startup: list, show, --help, and the quiz up to its first prompt in a
 *   pseudo-terminal (util-linux `script`).
 * - onet: imports an O*NET text release (default ../shared/data/onet-27.0-text)
 *   and times list, show and search on it with --data, warm (from the second
 *   run on, the cache filled) and cold (validating the YAML).
 * - scale: generated knowledge bases of growing size: load time and peak
 *   memory, cold and warm, per thousand roles.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin', 'career.js');
const flag = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(flag('runs', 21));
const only = flag('only', 'startup,onet,scale').split(',');
const onetDir = flag('onet', join(root, '..', 'shared', 'data', 'onet-27.0-text'));
const sizes = flag('scale', '1000,10000,50000').split(',').map(Number);

const scratch = mkdtempSync(join(tmpdir(), 'career-bench-'));
const env = {
  ...process.env,
  NO_COLOR: '1',
  CAREER_CACHE_HOME: join(scratch, 'cache'),
  CAREER_DATA_HOME: join(scratch, 'data'),
};
delete env.CAREER_DATA;

function time(args, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

// Peak memory: a preloaded module writes the process's max RSS when it exits.
const probe = join(scratch, 'rss.cjs');
const rssFile = join(scratch, 'rss.txt');
writeFileSync(
  probe,
  `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`,
);
function peakMiB(args, extraEnv = {}) {
  spawnSync(process.execPath, ['--require', probe, ...args], {
    env: { ...env, ...extraEnv },
    stdio: 'ignore',
  });
  return Number(readFileSync(rssFile, 'utf8')) / 1024;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`.padStart(10);

function header(title) {
  console.log(
    `\n${title}\n${'case'.padEnd(44)} ${'node -e 0'.padStart(10)} ${'career'.padStart(10)} ${'ratio'.padStart(7)} ${'peak MiB'.padStart(9)}`,
  );
}

/** Alternating runs of bare Node and of one measurement, medians and ratio; peak memory once warm. */
function compare(name, measure, peakOf) {
  measure();
  measure(); // warm the file cache, the knowledge-base cache, and the compile cache where Node has one
  const peak = peakOf?.();
  const bare = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    ours.push(measure());
  }
  const [b, c] = [median(bare), median(ours)];
  console.log(
    `${name.padEnd(44)} ${ms(b)} ${ms(c)} ${`${(c / b).toFixed(2)}x`.padStart(7)} ${(peak === undefined ? '' : peak.toFixed(1)).padStart(9)}`,
  );
}

/** Milliseconds from starting the quiz in a pseudo-terminal to its first question on the screen. */
function untilFirstPrompt() {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qec', `${process.execPath} ${bin} quiz`, '/dev/null'], {
      env,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes('(1 of 6)')) {
        const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
        child.kill('SIGKILL');
        resolve(elapsed);
      }
    });
    child.on('error', reject);
    setTimeout(() => reject(new Error(`no prompt within 10 s; saw: ${seen}`)), 10_000).unref();
  });
}

/** The same in the same pseudo-terminal for bare Node: the time `script` takes to run `node -e 0`. */
function bareInTerminal() {
  const start = process.hrtime.bigint();
  spawnSync('script', ['-qec', `${process.execPath} -e 0`, '/dev/null'], { env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

console.log(`node ${process.version}, ${runs} alternating runs per case, medians`);

if (only.includes('startup')) {
  header('Start-up, built-in knowledge base');
  for (const [name, args] of [
    ['list --json', ['list', '--json']],
    ['show seo-specialist --json', ['show', 'seo-specialist', '--json']],
    ['list (piped)', ['list']],
    ['--help', ['--help']],
  ]) {
    compare(
      name,
      () => time([bin, ...args]),
      () => peakMiB([bin, ...args]),
    );
  }
  const bare = [];
  const ours = [];
  await untilFirstPrompt();
  for (let i = 0; i < Math.min(runs, 15); i++) {
    bare.push(bareInTerminal());
    ours.push(await untilFirstPrompt());
  }
  const [b, c] = [median(bare), median(ours)];
  console.log(
    `${'quiz, to its first prompt (pseudo-terminal)'.padEnd(44)} ${ms(b)} ${ms(c)} ${`${(c / b).toFixed(2)}x`.padStart(7)}`,
  );
}

if (only.includes('onet')) {
  if (!existsSync(onetDir)) {
    console.log(`\nO*NET: ${onetDir} not found; pass --onet DIR`);
  } else {
    const out = join(scratch, 'onet');
    const start = process.hrtime.bigint();
    const imported = spawnSync(process.execPath, [bin, 'import', 'onet', onetDir, '--out', out], {
      env,
      encoding: 'utf8',
    });
    if (imported.status !== 0) throw new Error(imported.stderr);
    console.log(
      `\nO*NET import: ${(Number(process.hrtime.bigint() - start) / 1e6 / 1000).toFixed(2)} s: ${imported.stdout.split('\n')[0]}`,
    );
    header('O*NET knowledge base with --data (warm: from the second run on)');
    const cases = [
      ['list', ['--data', out, 'list']],
      ['list --json', ['--data', out, 'list', '--json']],
      ['show "SEO Strategist" (an alternate title)', ['--data', out, 'show', 'SEO Strategist']],
      [
        'show search-marketing-strategists --json',
        ['--data', out, 'show', 'search-marketing-strategists', '--json'],
      ],
      ['search pay per click', ['--data', out, 'search', 'pay', 'per', 'click']],
      ['search head counts (no skill named)', ['--data', out, 'search', 'head', 'counts']],
      [
        'path search-marketing-strategists',
        ['--data', out, 'path', 'search-marketing-strategists'],
      ],
      [
        'path search-marketing-strategists --to marketing-managers',
        ['--data', out, 'path', 'search-marketing-strategists', '--to', 'marketing-managers'],
      ],
    ];
    for (const [name, args] of cases)
      compare(
        name,
        () => time([bin, ...args]),
        () => peakMiB([bin, ...args]),
      );
    console.log('\nO*NET, cold: every run validates the YAML (CAREER_NO_CACHE=1)');
    for (const [name, args] of cases.slice(0, 1).concat(cases.slice(4, 5))) {
      const cold = [0, 1, 2].map(() => time([bin, ...args], { CAREER_NO_CACHE: '1' }));
      console.log(
        `${name.padEnd(44)} ${ms(median(cold))}  peak ${peakMiB([bin, ...args], { CAREER_NO_CACHE: '1' }).toFixed(1)} MiB`,
      );
    }
  }
}

/** A knowledge base of n roles in one track, 10 levels, each role with 5 responsibilities, 3 aliases and 2 edges up. */
function generate(n, dir) {
  mkdirSync(dir, { recursive: true });
  const levels = Array.from(
    { length: 10 },
    (_, i) => `  - id: level-${i}\n    title: Level ${i}\n    summary: Level ${i} of ten.\n`,
  ).join('');
  writeFileSync(
    join(dir, 'base.yaml'),
    `tracks:\n  - id: generated\n    title: Generated\nlevels:\n${levels}`,
  );
  const perLevel = Math.ceil(n / 10);
  const words = [
    'campaign',
    'analytics',
    'search',
    'content',
    'email',
    'social',
    'commerce',
    'brand',
    'customer',
    'report',
  ];
  for (let file = 0; file * 1000 < n; file++) {
    const roles = [];
    for (let i = file * 1000; i < Math.min(n, (file + 1) * 1000); i++) {
      const level = Math.floor(i / perLevel);
      const up =
        level < 9
          ? [i + perLevel, i + perLevel + 1].filter(
              (j) => j < n && Math.floor(j / perLevel) === level + 1,
            )
          : [];
      const w = (k) => words[(i + k) % words.length];
      roles.push(
        `  - id: role-${i}\n    title: ${w(0)} ${w(3)} role ${i}\n    track: generated\n    level: level-${level}\n` +
          `    summary: Role ${i} plans ${w(1)} and ${w(2)} work across the ${w(4)} team.\n` +
          `    aliases: [${w(5)} person ${i}, ${w(6)} lead ${i}, R${i}]\n    responsibilities:\n` +
          [0, 1, 2, 3, 4]
            .map(
              (k) =>
                `      - Plan and measure ${w(k)} ${w(k + 2)} for ${w(k + 5)} goals, item ${k}\n`,
            )
            .join('') +
          `    advancesTo: [${up.map((j) => `role-${j}`).join(', ')}]\n`,
      );
    }
    writeFileSync(join(dir, `roles-${file}.yaml`), `roles:\n${roles.join('')}`);
  }
}

if (only.includes('scale')) {
  console.log(
    '\nScale: generated knowledge bases, `list --json` with --no-builtin (cold: validating YAML; warm: from the cache)',
  );
  console.log(
    `${'roles'.padStart(7)} ${'cold'.padStart(10)} ${'per 1k'.padStart(9)} ${'peak MiB'.padStart(9)} ${'warm'.padStart(10)} ${'per 1k'.padStart(9)} ${'peak MiB'.padStart(9)}`,
  );
  for (const n of sizes) {
    const dir = join(scratch, `scale-${n}`);
    generate(n, dir);
    const args = [bin, '--no-builtin', '--data', dir, 'list', '--json'];
    const cold = median([0, 1, 2].map(() => time(args, { CAREER_NO_CACHE: '1' })));
    const coldPeak = peakMiB(args, { CAREER_NO_CACHE: '1' });
    time(args); // fill the cache
    const warm = median(Array.from({ length: 5 }, () => time(args)));
    const warmPeak = peakMiB(args);
    const per = (value) => `${((value / n) * 1000).toFixed(1)} ms`.padStart(9);
    console.log(
      `${String(n).padStart(7)} ${ms(cold)} ${per(cold)} ${coldPeak.toFixed(1).padStart(9)} ${ms(warm)} ${per(warm)} ${warmPeak.toFixed(1).padStart(9)}`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
}

rmSync(scratch, { recursive: true, force: true });
