import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ANSI,
  BIN,
  career,
  careerInTerminal,
  cleanEnv,
  shell,
  tempDir,
  worldReadableCopy,
} from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';

/**
 * The built program, run as a person runs it: `bin/career.js` in a process
 * of its own, through pipes, a pseudo-terminal, bash and another user. What
 * each command prints is tested in-process (tests/cli/commands/); these
 * check that the built program does the same, and what only a real process
 * shows: exit statuses, closed pipes, terminals, permissions, concurrency.
 */

const GROWTH = `roles:
  - id: growth-marketer
    title: Growth marketer
    track: digital-marketing
    level: associate
    summary: Runs growth experiments.
    responsibilities: [Run growth experiments]
    advancesTo: [digital-marketing-manager]
`;

describe('every command, built', () => {
  const cases: [string[], number, RegExp][] = [
    [['list'], 0, /^seo-specialist\tSEO specialist\tdigital-marketing\tassociate$/m],
    [['show', 'SEO', '--json'], 0, /"id": "seo-specialist"/],
    [['show', 'seo-specalist'], 1, /^$/],
    [['search', 'influencers'], 0, /^social-media-strategist\t/m],
    [['compare', 'seo-specialist', 'sem-specialist', '--json'], 0, /"shared"/],
    [['path', 'seo-specialist', '--format', 'mermaid'], 0, /^flowchart/],
    [['guide', 'best-fit', '--markdown'], 0, /^# Look for the best fit/],
    [['quiz', '--template', '--to', 'account-manager'], 0, /^# /m],
    [['history', '--json'], 0, /^\[\]$/m],
    [['validate', 'data'], 0, /valid/],
    [['schema'], 0, /"\$schema"/],
    [['completion', 'fish'], 0, /complete -c career/],
    [['--version'], 0, /^\d+\.\d+\.\d+\n$/],
    [['--help'], 0, /Exit codes:/],
    [['nonsense'], 2, /^$/],
  ];
  for (const [args, status, out] of cases) {
    it(`career ${args.join(' ')}: exit ${status}`, async () => {
      const { stdout, stderr, code } = await career(args);
      expect(code).toBe(status);
      expect(stdout).toMatch(out);
      if (status === 0) expect(stderr).toBe('');
      else expect(stderr).toMatch(/^career: |error: /);
    });
  }

  it('writes a starter with init and imports O*NET files', async () => {
    const dir = tempDir();
    const init = await career(['init', join(dir, 'kb')]);
    expect(init.code).toBe(0);
    expect((await career(['validate', join(dir, 'kb')])).code).toBe(0);
    const out = join(dir, 'onet');
    const imported = await career([
      'import',
      'onet',
      join('tests', 'fixtures', 'onet'),
      '--out',
      out,
    ]);
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    expect((await career(['--data', out, 'list', '--json'])).code).toBe(0);
  });
});

describe('the built program in a real terminal', () => {
  it('draws a coloured table and wraps prose to the terminal', () => {
    const list = careerInTerminal(['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(ANSI);
    expect(list.stdout).toContain('12 roles.');
    const { stdout } = careerInTerminal(['show', 'digital-marketing-manager', '--no-color'], {
      columns: 50,
    });
    expect(stdout).not.toMatch(ANSI);
    expect(stdout).toContain('  • Plan and execute digital marketing, including\n    SEO/SEM');
  });
});

describe('the built program in pipes', () => {
  it('ends quietly with exit 0 when the reader closes the pipe early', () => {
    const head = shell('set -o pipefail; career list | head -1');
    expect(head.code).toBe(0);
    expect(head.stdout).toBe(
      'digital-marketing-coordinator\tDigital marketing coordinator\tdigital-marketing\tassociate\n',
    );
    expect(head.stderr).toBe('');
    // A reader that is gone before anything is written: the write fails with EPIPE.
    const gone = shell(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash variable, not a template.
      'career show seo-specialist sem-specialist --json | true; echo "status ${PIPESTATUS[0]}"',
    );
    expect(gone.stdout).toBe('status 0\n');
    expect(gone.stderr).toBe('');
  });
});

describe('the built program as another process', () => {
  it('reports a file it may not read', async () => {
    const dir = writeTree({ 'kb.yaml': GROWTH });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'kb.yaml'), 0o000);
    // root may read anything, so as root the run is made as "nobody", from a copy it can read.
    const run = process.getuid?.() === 0 ? { asUser: 65534, bin: worldReadableCopy() } : {};
    const { stdout, stderr, code } = await career(['--data', dir, 'list'], {
      ...run,
      env: { CAREER_NO_CACHE: '1' },
    });
    expect([code, stdout, stderr]).toEqual([
      3,
      '',
      `career: ${join(dir, 'kb.yaml')}: permission denied\n`,
    ]);
  });

  it('lets concurrent first runs all succeed', async () => {
    const data = writeTree({ 'growth.yaml': GROWTH });
    const cache = tempDir('career-cache-');
    const env = { CAREER_CACHE_HOME: cache };
    const runs = await Promise.all(
      Array.from({ length: 8 }, () => career(['--data', data, 'list', '--json'], { env })),
    );
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toHaveLength(13);
    }
    expect(readdirSync(cache).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('career completion', () => {
  /** Runs the generated bash function as bash would on Tab, with `career` on the PATH. */
  function complete(script: string, words: string[]): string[] {
    const bin = tempDir('career-path-');
    writeFileSync(join(bin, 'career'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'career'), 0o755);
    const file = join(tempDir(), 'career.bash');
    writeFileSync(file, script);
    const quoted = words.map((w) => `'${w}'`).join(' ');
    const run = spawnSync(
      'bash',
      [
        '-c',
        `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _career; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      {
        env: cleanEnv({ PATH: `${bin}:${process.env.PATH}` }),
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    return run.stdout.split('\n').filter(Boolean);
  }

  it('completes commands, options, role ids, tracks and formats in a real bash', async () => {
    const { stdout: script, code } = await career(['completion', 'bash']);
    expect(code).toBe(0);
    expect(complete(script, ['career', 'co'])).toEqual(['compare', 'completion']);
    expect(complete(script, ['career', 'show', 'seo'])).toEqual(['seo-specialist']);
    expect(complete(script, ['career', 'compare', 'seo-specialist', 'e-commerce-'])).toEqual([
      'e-commerce-analyst',
      'e-commerce-specialist',
      'e-commerce-product-manager',
    ]);
    expect(complete(script, ['career', 'list', '--track', ''])).toEqual([
      'digital-marketing',
      'e-commerce',
    ]);
    expect(complete(script, ['career', 'list', '--j'])).toEqual(['--json']);
    expect(complete(script, ['career', 'quiz', '--to', 'account'])).toEqual(['account-manager']);
    expect(complete(script, ['career', 'path', '--format', 'm'])).toEqual(['mermaid', 'markdown']);
    expect(complete(script, ['career', 'guide', 'be'])).toEqual(['best-fit']);
    expect(complete(script, ['career', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });
});
