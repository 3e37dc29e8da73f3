import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { role, TRACKS, writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

const ROUTE = ['path', 'e-commerce-analyst', '--to', 'e-commerce-product-manager'];
const NO_ROUTE = ['path', 'seo-specialist', '--to', 'e-commerce-product-manager'];

describe('career path --yaml', () => {
  it.each([
    ['a tree', ['path', 'social-media-specialist'], 0],
    ['every role', ['path'], 0],
    ['a route', ROUTE, 0],
    ['no route, the nearest', NO_ROUTE, 1],
  ] as const)('%s: the --json document as YAML, with its exit code', async (_name, args, exit) => {
    const json = await runMain([...args, '--json']);
    const yaml = await runMain([...args, '--yaml']);
    expect([json.code, yaml.code]).toEqual([exit, exit]);
    expect(parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
    expect(yaml.stderr).toBe(json.stderr);
  });

  it('--yaml and --markdown are --format yaml and --format markdown', async () => {
    for (const format of ['yaml', 'markdown']) {
      const flag = await runMain([...ROUTE, `--${format}`]);
      const long = await runMain([...ROUTE, '--format', format]);
      expect(flag.code).toBe(0);
      expect(flag.stdout).toBe(long.stdout);
    }
  });

  it('refuses a format flag with another --format, in one line and exit 2', async () => {
    const { stdout, stderr, code } = await runMain(['path', '--markdown', '--format', 'dot']);
    expect([stdout, code]).toEqual(['', 2]);
    expect(stderr).toMatch(/^career: option '--markdown' cannot be used with option '--format/);
  });
});

describe('career path --markdown', () => {
  it('draws where a role leads as a nested list under a heading, each step with its fit', async () => {
    const { stdout, stderr, code } = await runMain([
      'path',
      'social-media-specialist',
      '--markdown',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(
      /^# Where Social media specialist leads\n\n## Social media specialist \(`social-media-specialist`\)\n\n- Social media strategist \(`social-media-strategist`\): fit \d+%, \d+ new skills\n- Digital marketing manager \(`digital-marketing-manager`\): fit \d+%, \d+ new skills\n$/,
    );
  });

  it('nests onward steps, marks a role drawn above, and says where a role leads nowhere', async () => {
    const data = writeTree({
      'kb.yaml': `${TRACKS}roles:\n${role('a', '', '[b]')}${role('c', '', '[b]')}${role('b', '', '[d]')}${role('d')}${role('lone')}`,
    });
    const { stdout, code } = await runMain(['--no-builtin', '--data', data, 'path', '--markdown'], {
      env: { CAREER_NO_CACHE: '1' },
    });
    expect(code).toBe(0);
    const plainSteps = stdout.replace(/: fit \d+%, \d+ new \w+/g, '');
    expect(plainSteps).toBe(
      [
        '# Where the roles lead',
        '',
        '## a title (`a`)',
        '',
        '- b title (`b`)',
        '  - d title (`d`)',
        '',
        '## c title (`c`)',
        '',
        '- b title (`b`) (see above)',
        '',
        '## lone title (`lone`)',
        '',
        'Leads to no other role.',
        '',
      ].join('\n'),
    );
  });

  it('lays out a route a section per step: its fit, what it adds, the new skills', async () => {
    const { stdout, stderr, code } = await runMain([...ROUTE, '--markdown']);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '# E-commerce analyst → E-commerce product manager',
      '',
      '1 step.',
      '',
      '## 1. E-commerce analyst → E-commerce product manager',
      '',
      expect.stringMatching(/^\*Fit \d+%, \d+ new skills\.\*$/),
      '',
      'Takes on:',
    ]);
    expect(lines[10]).toMatch(/^- \S/);
    expect(stdout).toMatch(/\n\*\*New skills:\*\* Product management; .+\n$/);
  });

  it('with no route: why, the nearest route under its own heading, and exit 1', async () => {
    const { stdout, stderr, code } = await runMain([...NO_ROUTE, '--markdown']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'career: no advancement route from seo-specialist to e-commerce-product-manager: the nearest is above\n',
    );
    expect(stdout).toMatch(/^# SEO specialist → E-commerce product manager\n\nA promotion/);
    expect(stdout).toContain(
      '\n## The nearest route\n\n2 steps.\n\n### 1. SEO specialist → E-commerce analyst\n\n',
    );
    expect(stdout).toContain('A direct move, not an advancement step.');
    expect(stdout).toContain('\n### 2. E-commerce analyst → E-commerce product manager\n');
  });
});
