import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, tempDir } from '../helpers/cli.js';
import { TRACKS } from '../helpers/files.js';

/** A role of the small knowledge base, with its summary and level as given (an alias, perhaps). */
const role = (id: string, summary: string, level = 'junior') =>
  `  - id: ${id}\n    title: Role ${id}\n    track: marketing\n    level: ${level}\n    summary: ${summary}\n    responsibilities: [Do the ${id} work]\n`;

function file(text: string): string {
  const path = join(tempDir('career-aliases-'), 'kb.yaml');
  writeFileSync(path, text);
  return path;
}

const lineOf = (text: string, needle: string) => text.split('\n').indexOf(needle) + 1;

describe('YAML aliases in a knowledge-base file', () => {
  it('refuses aliases that would repeat a large value into gigabytes, at the alias that crosses the limit', async () => {
    // 99 aliases of a 15 MB summary: a 15 MB file that would expand to 1.5 GB.
    const big = 'x'.repeat(15_000_000);
    const text = `${TRACKS}roles:\n${role('base', `&big ${big}`)}${Array.from({ length: 99 }, (_, i) => role(`r${i}`, '*big')).join('')}`;
    const path = file(text);
    // The first alias adds 15 MB, the second goes past 16 MiB.
    const aliasLines = text.split('\n').flatMap((l, i) => (l.endsWith('*big') ? [i + 1] : []));
    const line = aliasLines[1];
    const validate = await career(['validate', path]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toBe(
      `${path}:${line}:14: invalid YAML: too many aliases: what they repeat would grow the document by more than 16 MiB, the most one file may hold (an "alias bomb")\n`,
    );
    expect(validate.stderr).toBe('career: 1 problem in 1 file\n');
    const list = await career(['--data', path, 'list']);
    expect(list.code).toBe(3);
    expect(list.stdout).toBe('');
    expect(list.stderr).toContain(`career: ${path}:${line}:14: invalid YAML: too many aliases`);
    expect(list.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('accepts a file that repeats one short value by 150 aliases', async () => {
    const text = `${TRACKS}roles:\n${role('base', 'The first.', '&level junior')}${Array.from({ length: 150 }, (_, i) => role(`r${i}`, `Role ${i}.`, '*level')).join('')}`;
    const path = file(text);
    const validate = await career(['validate', path]);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toBe('valid: 1 file, 151 roles, 1 track, 0 advancement edges\n');
    expect(validate.code).toBe(0);
    const list = await career(['--data', path, '--no-builtin', 'list', '--json']);
    expect(list.code).toBe(0);
    const roles = JSON.parse(list.stdout) as { level: string }[];
    expect(roles).toHaveLength(151);
    expect(roles.every((r) => r.level === 'junior')).toBe(true);
  });

  it('refuses a "billion laughs" document at the alias where it would grow past the limit', async () => {
    const letters = 'abcdefghij';
    const lines = [`a: &a [${Array(9).fill('lol').join(', ')}]`];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${letters[i]}: &${letters[i]} [${Array(9)
          .fill(`*${letters[i - 1]}`)
          .join(', ')}]`,
      );
    const path = file(`${lines.join('\n')}\n`);
    const { code, stdout } = await career(['validate', path]);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`^${path}:\\d+:\\d+: invalid YAML: too many aliases`));
    expect(stdout).not.toMatch(new RegExp(`^${path}:1:1:`));
  });

  it('names the line of an alias with no anchor before it, or inside what it repeats', async () => {
    const unknown = `${TRACKS}roles: *nowhere\n`;
    const looping = `${TRACKS}roles: &roles [*roles]\n`;
    const first = file(unknown);
    const second = file(looping);
    const { code, stdout } = await career(['validate', first, second]);
    expect(code).toBe(1);
    const at = lineOf(unknown, 'roles: *nowhere');
    expect(stdout).toBe(
      [
        `${first}:${at}:8: invalid YAML: the alias "*nowhere" names no anchor before it (an anchor "&nowhere" must come first)`,
        `${second}:${at}:16: invalid YAML: the alias "*roles" stands inside the value it repeats, which would never end`,
        '',
      ].join('\n'),
    );
  });
});
