import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, tempDir } from '../helpers/cli.js';

const LONG = 'x'.repeat(100_000);

describe('odd arguments', () => {
  it('quotes a pasted 100,000-character role or track in part, never whole', async () => {
    for (const args of [
      ['show', LONG],
      ['list', '--track', LONG],
    ]) {
      const { code, stderr } = await career(args);
      expect(code).not.toBe(0);
      expect(stderr.length).toBeLessThan(400);
      expect(stderr).toContain(`"${'x'.repeat(60)}…"`);
    }
  });

  it('refuses an empty folder, --data, --out or --codes as a usage error (exit 2)', async () => {
    const folder = tempDir();
    for (const [args, what] of [
      [['init', ''], "argument 'directory'"],
      [['--data', '', 'list'], "'-d, --data <path>'"],
      [['import', 'onet', folder, '--out', ''], "'-o, --out <path>'"],
      [['import', 'onet', folder, '--codes', ''], "'--codes <pattern>'"],
    ] as const) {
      const { code, stdout, stderr } = await career(args, { cwd: folder });
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr.split('\n')[0]).toMatch(
        new RegExp(`^career: .*${what.replace(/[<>()]/g, '.')}.* must not be empty$`),
      );
    }
  });

  it('says why an empty role or search, or one of only common words, finds nothing (exit 2)', async () => {
    const cases: [string[], string][] = [
      [['show', ''], 'career: a role name is empty: give a role id, title or alias\n'],
      [
        ['search', ''],
        'career: search needs words: a skill, a tool or a task, like: career search shopify\n',
      ],
      [
        ['search', 'the'],
        'career: "the" has only common words (like "the", "and"), which search leaves out; name a skill, a tool or a task\n',
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await career(args);
      expect([code, stdout, stderr]).toEqual([2, '', message]);
    }
  });
});

describe('one role named twice', () => {
  it('compare refuses a role with itself; show prints it once', async () => {
    const compared = await career(['compare', 'seo', 'seo-specialist']);
    expect([compared.code, compared.stdout, compared.stderr]).toEqual([
      2,
      '',
      'career: "seo" and "seo-specialist" are both seo-specialist: compare two different roles\n',
    ]);
    const once = await career(['show', 'seo', 'seo-specialist', '--json']);
    expect(once.code).toBe(0);
    expect(JSON.parse(once.stdout).id).toBe('seo-specialist');
  });

  it('quiz --template refuses the same role as --from and --to, as --answers would', async () => {
    const { code, stdout, stderr } = await career([
      'quiz',
      '--template',
      '--from',
      'seo',
      '--to',
      'seo',
    ]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('you already have the role "seo-specialist"');
  });

  it('quiz --template with --json or --answers is a usage error, not one flag ignored', async () => {
    const file = join(tempDir(), 'a.yaml');
    writeFileSync(file, 'to: seo-specialist\n');
    for (const other of [['--json'], ['--answers', file]]) {
      const { code, stdout, stderr } = await career([
        'quiz',
        '--template',
        '--to',
        'seo',
        ...other,
      ]);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toMatch(
        /^career: option '--template' cannot be used with option '.*--(json|answers).*'\n/,
      );
    }
  });
});

describe('help and version', () => {
  it('career help and career help list exit 0; career help nope is an unknown command (exit 2)', async () => {
    const all = await career(['help']);
    expect([all.code, all.stderr]).toEqual([0, '']);
    expect(all.stdout).toContain('Usage: career [options] [command]');
    const list = await career(['help', 'list']);
    expect([list.code, list.stderr]).toEqual([0, '']);
    expect(list.stdout).toContain('Usage: career list [options]');
    const nope = await career(['help', 'lsit']);
    expect([nope.code, nope.stdout]).toEqual([2, '']);
    expect(nope.stderr).toMatch(
      /^career: unknown command "lsit", did you mean "list"\? \(commands: list, /,
    );
  });

  it('-V prints the version, as -v and --version do', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    for (const flag of ['-V', '-v', '--version'])
      expect(await career([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('parse errors speak as the program does ("career:"), and init and schema point to their own help', async () => {
    const init = await career(['init']);
    expect([init.code, init.stderr]).toEqual([
      2,
      "career: missing required argument 'directory'\n(run 'career init --help' for usage)\n",
    ]);
    const schema = await career(['schema', 'extra']);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toMatch(
      /^career: too many arguments for 'schema'.*\n\(run 'career schema --help' for usage\)\n$/,
    );
  });
});
