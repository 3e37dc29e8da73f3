import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, tempDir } from '../helpers/cli.js';
import { TRACKS } from '../helpers/files.js';

const ROLE = `roles:
  - id: tagged
    title: TITLE
    track: marketing
    level: junior
    summary: Does things.
    responsibilities: [Do things]
`;

describe('YAML tags in a knowledge-base file', () => {
  for (const tag of [
    '!evil',
    '!!js/function',
    '!!binary',
    '!!timestamp',
    '!<tag:example.com,2026:x>',
  ]) {
    it(`refuses ${tag} at its line (exit 3; validate exits 1)`, async () => {
      const path = join(tempDir('career-tags-'), 'kb.yaml');
      const text = `${TRACKS}${ROLE.replace('TITLE', `${tag} ${tag === '!!timestamp' ? '2026-11-30' : 'SW1zYWZl'}`)}`;
      writeFileSync(path, text);
      const line = text.split('\n').findIndex((l) => l.includes(tag)) + 1;
      const list = await career(['--data', path, 'list']);
      expect(list.code).toBe(3);
      expect(list.stdout).toBe('');
      expect(list.stderr).toMatch(
        new RegExp(
          `^career: ${path}:${line}:\\d+: the YAML tag "[^"]+" is not allowed: knowledge-base files hold plain text, numbers, lists and mappings; remove the tag\\n`,
        ),
      );
      expect(list.stderr).not.toMatch(/\n\s+at /);
      const validate = await career(['validate', path]);
      expect(validate.code).toBe(1);
      expect(validate.stdout).toContain(`${path}:${line}:`);
    });
  }

  it('accepts the core tags, which only say what the value already is', async () => {
    const path = join(tempDir('career-tags-'), 'kb.yaml');
    writeFileSync(path, `${TRACKS}${ROLE.replace('TITLE', '!!str 2026')}`);
    const { code, stdout } = await career(['--data', path, 'show', 'tagged', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).title).toBe('2026');
  });
});
