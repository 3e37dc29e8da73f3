import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../../helpers/cli.js';
import { writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

const CONTENT_ROLE = `roles:
  - id: content-marketing-specialist
    title: Content marketing specialist
    track: digital-marketing
    level: associate
    summary: Plans and writes the content that brings people in.
    aliases: [Content marketer]
    responsibilities: [Plan and write content for the website and blog]
    advancesTo: [digital-marketing-manager]
`;
const REPLACED_SEO = `roles:
  - id: seo-specialist
    title: Search specialist
    track: digital-marketing
    level: associate
    summary: Our own SEO role.
    responsibilities: [Own organic search]
`;

describe('--data and CAREER_DATA', () => {
  it('adds roles to the built-in ones, which may lead to built-in roles', async () => {
    const dir = writeTree({ 'content.yaml': CONTENT_ROLE });
    const { stdout, code } = await runMain(['--data', dir, 'list', '--json']);
    expect(code).toBe(0);
    const ids = JSON.parse(stdout).map((r: { id: string }) => r.id);
    expect(ids).toHaveLength(13);
    expect(ids.indexOf('content-marketing-specialist')).toBeLessThan(
      ids.indexOf('digital-marketing-manager'),
    );
    const manager = JSON.parse((await runMain(['show', 'dmm', '--json', '-d', dir])).stdout);
    expect(manager.reachedFrom).toContain('content-marketing-specialist');
  });

  it('replaces a built-in role whole, in its place, when a later source uses its id', async () => {
    const dir = writeTree({ 'seo.yaml': REPLACED_SEO });
    const list = await runMain(['list', '--data', dir]);
    expect(list.stdout.split('\n')[2]).toBe(
      'seo-specialist\tSearch specialist\tdigital-marketing\tassociate',
    );
    const seo = JSON.parse(
      (await runMain(['show', 'seo-specialist', '--json', '--data', dir])).stdout,
    );
    // Whole-record replacement: the built-in aliases and edges are gone with it.
    expect([seo.aliases, seo.responsibilities, seo.advancesTo]).toEqual([
      [],
      ['Own organic search'],
      [],
    ]);
  });

  it('layers several sources in order, the last one winning', async () => {
    const first = writeTree({ 'a.yaml': REPLACED_SEO });
    const second = writeTree({
      'b.yaml': REPLACED_SEO.replace('Search specialist', 'Organic search lead'),
    });
    const { stdout } = await runMain([
      '--data',
      first,
      '--data',
      second,
      'show',
      'seo-specialist',
      '--json',
    ]);
    expect(JSON.parse(stdout).title).toBe('Organic search lead');
  });

  it('reads CAREER_DATA as a list of paths, before any --data', async () => {
    const content = writeTree({ 'content.yaml': CONTENT_ROLE });
    const seo = writeTree({ 'seo.yaml': REPLACED_SEO });
    const { stdout, code } = await runMain(['list', '--json'], {
      env: { CAREER_DATA: `${content}:${seo}` },
    });
    expect(code).toBe(0);
    const roles = JSON.parse(stdout);
    expect(roles).toHaveLength(13);
    expect(roles.find((r: { id: string }) => r.id === 'seo-specialist').title).toBe(
      'Search specialist',
    );
  });

  it('uses only the given sources with --no-builtin', async () => {
    const dir = writeTree({
      'ladder.yaml': readFileSync(join(ROOT, 'tests/fixtures/ladder.yaml'), 'utf8'),
    });
    const { stdout, code } = await runMain(['--no-builtin', '--data', dir, 'list']);
    expect(code).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t')[0]),
    ).toEqual(['junior-analyst', 'analyst', 'lead-analyst']);
    const none = await runMain(['--no-builtin', 'list']);
    expect([none.code, none.stderr]).toEqual([
      2,
      'career: --no-builtin leaves no roles: add --data PATH (or set CAREER_DATA)\n',
    ]);
    const alone = await runMain([
      '--no-builtin',
      '--data',
      writeTree({ 'c.yaml': CONTENT_ROLE }),
      'list',
    ]);
    expect(alone.code).toBe(3);
    expect(alone.stderr).toContain(
      'c.yaml:4:12: roles[0].track: unknown track "digital-marketing"\n',
    );
  });

  it('stops with exit 3 and one line per problem for broken or missing sources', async () => {
    const dir = writeTree({
      'bad.yaml': CONTENT_ROLE.replace('digital-marketing-manager', 'digital-marketing-manger'),
    });
    const broken = await runMain(['--data', dir, 'list']);
    expect([broken.code, broken.stdout]).toEqual([3, '']);
    expect(broken.stderr).toBe(
      `career: ${join(dir, 'bad.yaml')}:9:18: roles[0].advancesTo[0]: unknown role "digital-marketing-manger", did you mean "digital-marketing-manager" or "digital-marketing-coordinator"?\n`,
    );
    const missing = await runMain(['--data', join(dir, 'nope'), 'list']);
    expect([missing.code, missing.stderr]).toEqual([
      3,
      `career: ${join(dir, 'nope')}: no such file or directory\n`,
    ]);
  });
});

describe('career validate', () => {
  it('says a clean knowledge base is valid, with a one-line summary', async () => {
    const { stdout, code } = await runMain(['validate', 'data']);
    expect([code, stdout]).toEqual([
      0,
      'valid: 6 files, 12 roles, 2 tracks, 14 advancement edges\n',
    ]);
  });

  it('reports every problem of every file at once, with exit 1', async () => {
    const dir = writeTree({
      'a.yaml': CONTENT_ROLE.replace(
        'track: digital-marketing',
        'track: digital-marketting',
      ).replace('responsibilities:', 'responsibilites:'),
      'b.yaml': 'roles: [unclosed\n',
      'c.yaml': CONTENT_ROLE,
    });
    const { stdout, stderr, code } = await runMain(['validate', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        `${join(dir, 'a.yaml')}:2:5: roles[0].responsibilities: is required (a list)`,
        `${join(dir, 'a.yaml')}:8:5: roles[0].responsibilites: unknown field, did you mean "responsibilities"?`,
        `${join(dir, 'b.yaml')}:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('career: 3 problems in 2 files\n');
  });
});

describe('career schema', () => {
  const ajv = new Ajv2020({ allErrors: true });

  it('prints a JSON Schema that accepts every file of data/ and the starter, and rejects broken files', async () => {
    const { stdout, code } = await runMain(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const check = ajv.compile(schema);
    const files = readdirSync(join(ROOT, 'data'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.yaml'),
    );
    expect(files).toHaveLength(6);
    for (const file of files) {
      expect({
        file,
        valid: check(parse(readFileSync(join(ROOT, 'data', file), 'utf8'))),
        errors: check.errors,
      }).toEqual({ file, valid: true, errors: null });
    }
    const broken = parse(CONTENT_ROLE.replace('responsibilities:', 'responsibilites:'));
    expect(check(broken)).toBe(false);
    expect(check.errors?.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        "must have required property 'responsibilities'",
        'must NOT have additional properties',
      ]),
    );
    expect(check({ roles: [{ ...parse(CONTENT_ROLE).roles[0], id: 'Not Kebab' }] })).toBe(false);
  });
});

describe('career init', () => {
  it('writes a starter that validates and loads', async () => {
    const dir = join(tempDir(), 'my-roles');
    const made = await runMain(['init', dir]);
    expect(made.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['knowledge-base.schema.json', 'roles.yaml']);
    expect(readFileSync(join(dir, 'roles.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\/knowledge-base\.schema\.json\n/,
    );
    expect(await runMain(['validate', dir])).toMatchObject({
      code: 0,
      stdout: 'valid: 1 file, 2 roles, 1 track, 2 advancement edges\n',
    });
    const { stdout } = await runMain(['--data', dir, 'list', '--track', 'content-marketing']);
    expect(stdout).toBe(
      'content-marketing-specialist\tContent marketing specialist\tcontent-marketing\tassociate\ncontent-marketing-manager\tContent marketing manager\tcontent-marketing\tadvanced\n',
    );
    const schema = JSON.parse(readFileSync(join(dir, 'knowledge-base.schema.json'), 'utf8'));
    expect(
      new Ajv2020().compile(schema)(parse(readFileSync(join(dir, 'roles.yaml'), 'utf8'))),
    ).toBe(true);
  });

  it('never overwrites what is there', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'roles.yaml'), 'mine\n');
    const { stderr, code } = await runMain(['init', dir]);
    expect([code, stderr]).toEqual([
      4,
      `career: ${join(dir, 'roles.yaml')} already exists; nothing was written\n`,
    ]);
    expect(readFileSync(join(dir, 'roles.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(dir, 'knowledge-base.schema.json'))).toBe(false);
  });
});

describe('hostile files, through the CLI', () => {
  const hostile: Record<string, [string | Buffer, RegExp]> = {
    'invalid YAML': ['roles: [\n', /:2:1: invalid YAML: /],
    'wrong types': ['roles: 3\n', /:1:8: roles: must be a list, not number 3$/],
    'binary content': [
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      /: is a binary file, not YAML text$/,
    ],
    'non-UTF-8 text': [Buffer.from('roles:\n  - id: caf\xe9\n', 'latin1'), /: is not UTF-8 text$/],
    'an alias bomb': [
      `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`).join('\n')}\n`,
      /invalid YAML: too many aliases/,
    ],
    '__proto__ and constructor keys': [
      '__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n',
      /:1:1: __proto__: unknown field$/,
    ],
    'duplicate keys': ['roles: []\nroles: []\n', /:2:1: invalid YAML: Map keys must be unique$/],
    'a loop of advancement edges': [
      `${CONTENT_ROLE}  - id: content-lead\n    title: Content lead\n    track: digital-marketing\n    level: advanced\n    summary: Leads content.\n    responsibilities: [Lead content]\n    advancesTo: [content-marketing-specialist]\n`.replace(
        'advancesTo: [digital-marketing-manager]',
        'advancesTo: [content-lead]',
      ),
      /roles\[0\]\.advancesTo: advancement edges loop back on themselves: content-marketing-specialist → content-lead → content-marketing-specialist$/,
    ],
    'a role with no responsibilities': [
      CONTENT_ROLE.replace(
        'responsibilities: [Plan and write content for the website and blog]',
        'responsibilities: []',
      ),
      /roles\[0\]\.responsibilities: must list at least one responsibility$/,
    ],
    'deep nesting': [`roles: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, /invalid YAML: /],
  };

  for (const [name, [content, expected]] of Object.entries(hostile)) {
    it(`refuses ${name} with a clear line, exit 3 and no stack`, async () => {
      const dir = writeTree({ 'kb.yaml': content });
      const { stdout, stderr, code } = await runMain(['--data', dir, 'list']);
      expect(code).toBe(3);
      expect(stdout).toBe('');
      const lines = stderr.trimEnd().split('\n');
      expect(
        lines.some(
          (line) => line.startsWith(`career: ${join(dir, 'kb.yaml')}`) && expected.test(line),
        ),
      ).toBe(true);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses a file over the size limit before reading it', async () => {
    const dir = tempDir();
    const { openSync, ftruncateSync, closeSync } = await import('node:fs');
    const fd = openSync(join(dir, 'huge.yaml'), 'w');
    ftruncateSync(fd, 17 * 1024 * 1024);
    closeSync(fd);
    const { stderr, code } = await runMain(['--data', dir, 'list']);
    expect([code, stderr]).toEqual([
      3,
      `career: ${join(dir, 'huge.yaml')}: is 17 MiB, over the 16 MiB limit for one file\n`,
    ]);
  });

  it('refuses a named pipe instead of waiting on it', async () => {
    const dir = tempDir();
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const { stderr, code } = await runMain(['--data', dir, 'list']);
    expect([code, stderr]).toEqual([
      3,
      `career: ${join(dir, 'pipe.yaml')}: is not a regular file\n`,
    ]);
  });

  it('reports a path that cannot be read', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const { stderr, code } = await runMain(['--data', join(dir, 'empty'), 'list']);
    expect([code, stderr]).toEqual([
      3,
      `career: ${join(dir, 'empty')}: holds no .yaml or .yml files\n`,
    ]);
  });
});
