import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * The whole CLI, in-process, over generated knowledge bases and answers
 * files: graphs with diamonds and long chains, YAML aliases, roles on
 * levels of several ranks, odd names. Whatever the input, no command may
 * end as a bug (exit 70), hang, or damage the history: every line a save
 * wrote is still there, whole, after every run.
 */

interface World {
  ids: string[];
  levels: number[];
  edges: [number, number][];
  aliased: boolean;
}

const world = fc.integer({ min: 2, max: 30 }).chain((n) =>
  fc.record({
    ids: fc.constant(Array.from({ length: n }, (_, i) => `r${i}`)),
    levels: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
    // Edges only go from a lower index to a higher one: no loops, but diamonds and chains.
    edges: fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
        .filter(([a, b]) => a < b),
      { maxLength: n * 3 },
    ),
    aliased: fc.boolean(),
  }),
);

const LEVELS = ['entry', 'middle', 'lead'];

function yaml(w: World): string {
  const out = [
    'tracks:',
    '  - id: growth',
    '    title: Growth',
    'levels:',
    ...LEVELS.map(
      (id, rank) =>
        `  - id: ${id}\n    title: ${id[0]?.toUpperCase()}${id.slice(1)}\n    rank: ${rank + 1}`,
    ),
    'roles:',
  ];
  for (const [i, id] of w.ids.entries()) {
    const next = [...new Set(w.edges.filter(([a]) => a === i).map(([, b]) => w.ids[b]))];
    // The first role's summary is anchored and reused through aliases by the others.
    const summary =
      w.aliased && i > 0
        ? '*shared'
        : `${w.aliased ? '&shared ' : ''}"Runs ${id} campaigns and reports on their analytics."`;
    out.push(
      `  - id: ${id}`,
      `    title: Role ${id.toUpperCase()}`,
      '    track: growth',
      `    level: ${LEVELS[w.levels[i] ?? 0]}`,
      `    summary: ${summary}`,
      `    aliases: [Alias ${id}]`,
      '    responsibilities:',
      `      - Run ${id} campaigns with Google Ads and measure them in Google Analytics`,
      `      - Plan A/B tests for the ${id} landing pages`,
      `    advancesTo: [${next.join(', ')}]`,
    );
  }
  return `${out.join('\n')}\n`;
}

const answers = fc.record({
  performance: fc.constantFrom(
    'rarely',
    'sometimes',
    'usually',
    'consistently',
    'exceeds',
    'maybe',
    '',
  ),
  tasks: fc.oneof(
    fc.constant('[]'),
    fc.constant('[1]'),
    fc.constant('[1, 2]'),
    fc.constant('[3]'),
    fc.constant('one'),
  ),
  initiative: fc.constantFrom('never', 'this-month', 'this-year', 'yesterday'),
  preparation: fc.constantFrom('[]', '[customers]', '[technologies, practices]', '[nothing]'),
});

const command = (ids: readonly string[]) =>
  fc.oneof(
    fc.constant(['list']),
    fc.constant(['list', '--json']),
    fc.constantFrom(...ids).map((id) => ['show', id]),
    fc.constantFrom(...ids).map((id) => ['show', `Alias ${id}`, '--json']),
    fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).map(([a, b]) => ['compare', a, b]),
    fc.constant(['path']),
    fc.constantFrom('tree', 'json', 'dot', 'mermaid').map((format) => ['path', '--format', format]),
    fc
      .tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom('tree', 'json'))
      .map(([a, b, format]) => ['path', a, '--to', b, '--format', format]),
    fc
      .constantFrom('analytics', 'google ads', 'a/b test', 'campaigns', 'zzz')
      .map((q) => ['search', q]),
    fc.constantFrom(...ids).map((id) => ['skills', id]),
    fc.constant(['history', '--json']),
  );

describe('the whole CLI over generated knowledge bases', () => {
  it('never ends as a bug, never hangs, and keeps the history whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        world.chain((w) =>
          fc.record({
            w: fc.constant(w),
            runs: fc.array(
              fc.oneof(
                command(w.ids).map((args) => ({ args })),
                fc
                  .record({
                    from: fc.constantFrom(...w.ids),
                    to: fc.constantFrom(...w.ids),
                    answers,
                  })
                  .map((quiz) => ({ quiz })),
              ),
              { minLength: 1, maxLength: 6 },
            ),
          }),
        ),
        async ({ w, runs }) => {
          const dir = tempDir('career-world-');
          const data = join(dir, 'kb');
          mkdirSync(data);
          writeFileSync(join(data, 'roles.yaml'), yaml(w));
          const env = {
            CAREER_DATA_HOME: join(dir, 'home'),
            CAREER_CACHE_HOME: join(dir, 'cache'),
          };
          const history = join(dir, 'home', 'history.jsonl');
          let saved: string[] = [];
          for (const run of runs) {
            let args: string[];
            if ('quiz' in run) {
              const { from, to, answers: a } = run.quiz;
              const file = join(dir, 'answers.yaml');
              writeFileSync(
                file,
                `from: ${from}\nto: ${to}\nperformance: ${a.performance}\ntasks: ${a.tasks}\ninitiative: ${a.initiative}\npreparation: ${a.preparation}\n`,
              );
              args = ['--data', data, 'quiz', '--answers', file, '--json'];
            } else args = ['--data', data, ...run.args];
            const result = await runMain(args, { env });
            expect(result.code, `${args.join(' ')}\n${result.stderr}`).not.toBe(70);
            expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
            // The history holds every earlier line, byte for byte, and at most one more.
            const now = existsSync(history)
              ? readFileSync(history, 'utf8').split('\n').filter(Boolean)
              : [];
            expect(now.slice(0, saved.length)).toEqual(saved);
            expect(now.length - saved.length).toBe('quiz' in run && result.code === 0 ? 1 : 0);
            for (const line of now) expect(() => JSON.parse(line)).not.toThrow();
            saved = now;
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  }, 120_000);
});
