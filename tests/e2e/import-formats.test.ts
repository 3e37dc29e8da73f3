import { chmodSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, ROOT, tempDir } from '../helpers/cli.js';
import { importOnet } from '../helpers/onet-release.js';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'onet');
const TASKS = 'Task Statements.txt';

/** A copy of the fixture release to change. */
function release(): string {
  const parent = tempDir('career-release-');
  chmodSync(parent, 0o755);
  const copy = join(parent, 'release');
  cpSync(FIXTURE, copy, { recursive: true });
  return copy;
}

/** A cell as Python's csv module (tab delimiter, minimal quoting) writes it. */
const quote = (cell: string) => (/["\t\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** The fixture's task statements with a quote in the first task, written as a spreadsheet export would. */
function quotedTasks(source: string, task: string): string {
  const file = join(source, TASKS);
  const rows = readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split('\t'));
  (rows[1] as string[])[2] = task;
  const text = `${rows.map((cells) => cells.map(quote).join('\t')).join('\r\n')}\r\n`;
  writeFileSync(file, text);
  return text;
}

const imported = (out: string) =>
  readdirSync(join(out, 'roles'))
    .map((name) => readFileSync(join(out, 'roles', name), 'utf8'))
    .join('\n');

describe('import onet: text is never corrupted by the file format', () => {
  it("reads quoted tab-separated fields: the quotes are the text's own", async () => {
    const source = release();
    quotedTasks(source, 'Conduct "head counts" to help predict the\noutcome of votes.');
    const out = join(tempDir(), 'o');
    const { code, stderr } = await career(['import', 'onet', source, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const text = imported(out);
    expect(text).toContain('Conduct "head counts" to help predict the');
    expect(text).not.toContain('""');
    // Every other task came through whole, none with a quote added.
    expect(text).toContain(
      'Inspect layouts and advertising copy, and edit scripts, audio, video, and other promotional material for adherence to specifications.',
    );
  });

  it('refuses a quoted field that never closes, naming the line it opens on (exit 3)', async () => {
    const source = release();
    const text = quotedTasks(source, 'Conduct "head counts"');
    // Cut the closing quote of the first task's field.
    writeFileSync(
      join(source, TASKS),
      text.replace('"Conduct ""head counts"""', '"Conduct ""head counts""'),
    );
    const out = join(tempDir(), 'o');
    const { code, stderr } = await career(['import', 'onet', source, '--out', out]);
    expect(code).toBe(3);
    expect(stderr).toContain(
      `${join(source, TASKS)}:2: a quoted field opened on line 2 never closes`,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses text after a closing quote, on its line (exit 3)', async () => {
    const source = release();
    const text = quotedTasks(source, 'Conduct "head counts"');
    writeFileSync(
      join(source, TASKS),
      text.replace('"Conduct ""head counts"""', '"Conduct "head counts""'),
    );
    const { code, stderr } = await importOnet(source);
    expect(code).toBe(3);
    expect(stderr).toContain(`${join(source, TASKS)}:2: text after the closing quote`);
  });

  it('names Excel workbooks found instead of the text release, and what to do (exit 3)', async () => {
    const source = release();
    for (const name of readdirSync(source)) {
      rmSync(join(source, name));
      if (name.endsWith('.txt')) writeFileSync(join(source, name.replace(/\.txt$/, '.xlsx')), 'PK');
    }
    const { code, stderr } = await importOnet(source);
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /^career: .+ holds Excel workbooks \(Alternate Titles\.xlsx, Job Zone Reference\.xlsx, Job Zones\.xlsx and 4 more\), not O\*NET's text release: download the text release .+ or save each file as tab-delimited text named like "Occupation Data\.txt"\n$/,
    );
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names a comma-separated file as such, and what to do (exit 3)', async () => {
    const source = release();
    const file = join(source, 'Occupation Data.txt');
    const rows = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(
      file,
      `${rows
        .map((line) =>
          line
            .split('\t')
            .map((cell) => (/[",]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
            .join(','),
        )
        .join('\n')}\n`,
    );
    const { code, stderr } = await importOnet(source);
    expect(code).toBe(3);
    expect(stderr).toBe(
      `career: ${file}:1: comma-separated (CSV), not tab-separated: save it as tab-delimited text ("Text (Tab delimited)" in a spreadsheet), or use O*NET's text release\n`,
    );
  });
});
