import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { role, TRACKS, writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

describe('career validate --yaml', () => {
  const valid = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${role('a', '', '[b]')}${role('b')}` });
  const broken = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${role('a', '', '[nowhere]')}` });

  it.each([
    ['valid', valid, 0],
    ['with problems', broken, 1],
  ] as const)(
    '%s: the --json document as YAML, with its exit code',
    async (_name, folder, exit) => {
      const json = await runMain(['validate', '--no-builtin', folder, '--json']);
      const yaml = await runMain(['validate', '--no-builtin', folder, '--yaml']);
      expect([json.code, yaml.code]).toEqual([exit, exit]);
      expect(parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
      expect(parse(yaml.stdout).valid).toBe(exit === 0);
      expect(yaml.stderr).toBe(json.stderr);
    },
  );

  it('refuses --json with --yaml, exit 2', async () => {
    const { code, stderr } = await runMain(['validate', valid, '--json', '--yaml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^career: option '--json' cannot be used with option '--yaml'/);
  });
});
