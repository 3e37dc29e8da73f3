import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT, tempDir } from '../helpers/cli.js';
import { chain, diamondLadder, graphYaml } from '../helpers/graphs.js';

/**
 * Runs `career --no-builtin --data FILE ARGS…`, killed after a minute: a
 * hang (an exponential walk) fails the test instead of stopping the run.
 */
function careerOn(file: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [BIN, '--no-builtin', '--data', file, ...args], {
    cwd: ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 1 << 28,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

function knowledgeBaseFile(edges: Map<string, string[]>): string {
  const file = join(tempDir('career-graph-'), 'roles.yaml');
  writeFileSync(file, graphYaml(edges));
  return file;
}

const LONG = 90_000;

describe('career path over shared descendants (a diamond ladder: each level both advance to both of the next)', () => {
  for (const depth of [22, 40]) {
    it(
      `finishes at depth ${depth}, in every format, each role expanded once`,
      () => {
        const file = knowledgeBaseFile(diamondLadder(depth));
        const tree = careerOn(file, ['path']);
        expect(tree.stderr).toBe('');
        expect(tree.code).toBe(0);
        // Each edge is drawn once: a role met again is a reference ("see above"), not expanded again.
        const lines = tree.stdout.split('\n').filter((line) => /[├└]─ /.test(line));
        expect(lines).toHaveLength(2 * 2 * (depth - 1));

        const json = careerOn(file, ['path', '--format', 'json']);
        expect(json.code).toBe(0);
        const parsed = JSON.parse(json.stdout);
        expect(parsed.roles).toHaveLength(2 * depth);
        expect(parsed.steps).toHaveLength(2 * 2 * (depth - 1));
        for (const format of ['dot', 'mermaid']) {
          const drawn = careerOn(file, ['path', 'a0', '--format', format]);
          expect(drawn.code).toBe(0);
          expect(drawn.stdout.match(/->|-->/g)).toHaveLength(2 + 2 * 2 * (depth - 2));
        }
        const route = careerOn(file, ['path', 'a0', '--to', `b${depth - 1}`, '--format', 'json']);
        expect(route.code).toBe(0);
        expect(JSON.parse(route.stdout).steps).toHaveLength(depth - 1);
      },
      LONG,
    );
  }
});

describe('career path along a long chain', () => {
  for (const length of [3_000, 20_000]) {
    it(
      `draws a ${length}-role chain, lists it, and routes along it (exit 0)`,
      () => {
        const file = knowledgeBaseFile(chain(length));
        const tree = careerOn(file, ['path']);
        expect(tree.stderr).toBe('');
        expect(tree.code).toBe(0);
        const ids = new Set([...tree.stdout.matchAll(/\((r\d+)\)/g)].map((m) => m[1]));
        expect(ids.size).toBe(length);
        expect(tree.stdout).toContain('… continued below');

        const json = careerOn(file, ['path', 'r0', '--format', 'json']);
        expect(json.code).toBe(0);
        expect(JSON.parse(json.stdout).roles).toHaveLength(length);

        const route = careerOn(file, ['path', 'r0', '--to', `r${length - 1}`]);
        expect(route.code).toBe(0);
        expect(route.stdout.split('\n')[0]).toBe(
          `Role r0 → Role r${length - 1}  ${length - 1} steps`,
        );
      },
      LONG,
    );
  }
});
