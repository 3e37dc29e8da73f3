import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { career, careerInTerminal, tempDir } from '../helpers/cli.js';

// A title that sets the window title and clears the screen; a summary that writes the clipboard.
const TITLE = 'Evil \u001b]0;PWNED\u0007\u001b[2J role';
const SUMMARY = 'Copies \u001b]52;c;ZXZpbA==\u0007 to the clipboard \u009b31m';
const SHOWN_TITLE = 'Evil \\x1b]0;PWNED\\x07\\x1b[2J role';

function evilData(): string {
  const file = join(tempDir(), 'evil.yaml');
  writeFileSync(
    file,
    `roles:
  - id: evil-role
    title: "Evil \\e]0;PWNED\\a\\e[2J role"
    track: digital-marketing
    level: associate
    summary: "Copies \\e]52;c;ZXZpbA==\\a to the clipboard \\x9b31m"
    responsibilities:
      - Do evil things
    advancesTo: []
`,
  );
  return file;
}

/** What a terminal would obey: ESC not starting a colour, BEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point.
const OBEYED = /\u001b(?!\[[0-9;]*m)|\u0007|[\u0080-\u009f]/;

describe('control characters in data', () => {
  it('are shown escaped in tab-separated output', async () => {
    const { stdout, code } = await career(['--data', evilData(), 'list']);
    expect(code).toBe(0);
    expect(stdout).toContain(`evil-role\t${SHOWN_TITLE}\tdigital-marketing\tassociate\n`);
    expect(stdout).not.toMatch(OBEYED);
  });

  it('are shown escaped on a terminal, while the program’s own colours stay', () => {
    const { stdout, code } = careerInTerminal(['--data', evilData(), 'show', 'evil-role'], {
      env: { FORCE_COLOR: '1' },
    });
    expect(code).toBe(0);
    expect(stdout).toContain(`\u001b[1m${SHOWN_TITLE}\u001b[22m`);
    expect(stdout).toContain('Copies \\x1b]52;c;ZXZpbA==\\x07 to the clipboard \\x9b31m');
    expect(stdout).not.toMatch(OBEYED);
  });

  it('are kept as data in JSON and YAML', async () => {
    const data = evilData();
    const json = await career(['--data', data, 'show', 'evil-role', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ title: TITLE, summary: SUMMARY });
    expect(json.stdout).not.toMatch(OBEYED);
    const yaml = await career(['--data', data, 'show', 'evil-role', '--yaml']);
    expect(parse(yaml.stdout).roles[0]).toMatchObject({ title: TITLE, summary: SUMMARY });
    expect(yaml.stdout).not.toMatch(OBEYED);
  });

  it('in history and in names typed on the command line are shown escaped too', async () => {
    const home = tempDir();
    writeFileSync(
      join(home, 'history.jsonl'),
      `${JSON.stringify({ version: 1, date: '2026-01-02T00:00:00.000Z', from: 'a\u001b[2J', to: 'b', score: 1, verdict: 'not-yet', scores: {}, knowledgeBase: 'x' })}\n`,
    );
    const history = await career(['history'], { env: { CAREER_DATA_HOME: home } });
    expect(history.stdout).toContain('a\\x1b[2J');
    expect(history.stdout).not.toMatch(OBEYED);
    const unknown = await career(['show', 'x\u001b]0;PWNED\u0007']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('x\\x1b]0;PWNED\\x07');
    expect(unknown.stderr).not.toMatch(OBEYED);
  });

  it('are a warning from validate, which still says valid (exit 0)', async () => {
    const file = evilData();
    const { stdout, stderr, code } = await career(['validate', file]);
    expect(stdout).toBe('valid: 1 file, 1 role, 0 tracks, 0 advancement edges\n');
    expect(stderr).toBe(
      `career: warning: ${file}:3:12: roles[0].title: contains control characters (\\x1b, \\x07), which a terminal would obey; they are shown escaped\n` +
        `career: warning: ${file}:6:14: roles[0].summary: contains control characters (\\x1b, \\x07, \\x9b), which a terminal would obey; they are shown escaped\n`,
    );
    expect(code).toBe(0);
  });
});
