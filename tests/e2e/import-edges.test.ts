import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, career, cleanEnv, ROOT, tempDir, worldReadableCopy } from '../helpers/cli.js';
import { importOnet } from '../helpers/onet-release.js';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'onet');

/** A copy of the fixture release to change, in a folder anyone may read. */
function release(): string {
  const parent = tempDir('career-release-');
  chmodSync(parent, 0o755);
  const copy = join(parent, 'release');
  cpSync(FIXTURE, copy, { recursive: true });
  return copy;
}

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');

describe('import onet --out that cannot take the import', () => {
  it('refuses a file, a link to a file, a path below a file and a link to nothing (exit 4, one line)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'mine\n');
    symlinkSync(join(dir, 'a-file'), join(dir, 'file-link'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    const cases: [string, string][] = [
      ['a-file', 'is a file, not a folder'],
      ['file-link', 'is a link to a file, not a folder'],
      [join('a-file', 'below'), 'is below a file, not a folder'],
      ['dangling', 'is a link to nothing'],
    ];
    for (const [name, why] of cases) {
      const out = join(dir, name);
      const run = await career(['import', 'onet', FIXTURE, '--out', out]);
      expect([run.code, run.stdout, run.stderr]).toEqual([
        4,
        '',
        `career: ${out} ${why}; choose another --out\n`,
      ]);
    }
    expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('mine\n');
    expect(lstatSync(join(dir, 'dangling')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'dangling', 'file-link']);
  });

  it('refuses a folder it may not read (exit 4, one line)', async () => {
    const source = release();
    const parent = tempDir();
    chmodSync(parent, 0o777);
    const out = join(parent, 'locked');
    mkdirSync(out);
    chmodSync(out, 0o000);
    // root may read anything, so as root the run is made as "nobody", from a copy it can read.
    const run = process.getuid?.() === 0 ? { asUser: 65534, bin: worldReadableCopy() } : {};
    const { code, stdout, stderr } = await career(['import', 'onet', source, '--out', out], run);
    expect([code, stdout, stderr]).toEqual([
      4,
      '',
      `career: ${out} cannot be read (permission denied); choose another --out\n`,
    ]);
  });

  it('writes through a link to an empty folder: the link stays and leads to the import', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'onet'));
    const run = await career(['import', 'onet', FIXTURE, '--out', join(dir, 'onet')]);
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'onet')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(dir, 'real')).sort()).toEqual([
      'ATTRIBUTION.txt',
      'onet.yaml',
      'roles',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['onet', 'real']);
  });
});

describe('import onet never deletes what someone else put in --out', () => {
  it('leaves a file written into --out while the import runs, and imports nothing', async () => {
    // A release large enough that writing and checking the import takes a while.
    const source = join(tempDir(), 'release');
    mkdirSync(source);
    const occupations = ['O*NET-SOC Code\tTitle\tDescription'];
    const tasks = ['O*NET-SOC Code\tTask\tTask Type'];
    for (let i = 0; i < 1500; i++) {
      const code = `13-${String(1000 + i).padStart(4, '0')}.00`;
      occupations.push(`${code}\tOccupation ${i}\tDoes the work of occupation ${i}.`);
      for (let t = 0; t < 8; t++) tasks.push(`${code}\tPlan task ${t} of occupation ${i}\tCore`);
    }
    writeFileSync(join(source, 'Occupation Data.txt'), `${occupations.join('\n')}\n`);
    writeFileSync(join(source, 'Task Statements.txt'), `${tasks.join('\n')}\n`);
    const parent = tempDir();
    const out = join(parent, 'onet');
    mkdirSync(out);

    const child = spawn(process.execPath, [BIN, 'import', 'onet', source, '--out', out], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Once the import's own folder appears beside --out, its files are being written and checked.
    let wrote = false;
    while (!wrote && child.exitCode === null) {
      if (readdirSync(parent).some((name) => name.startsWith('.onet.'))) {
        writeFileSync(join(out, 'notes.txt'), 'mine\n');
        wrote = true;
      } else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const code = await exited;
    expect(wrote).toBe(true);
    expect(code).toBe(4);
    expect(stderr).toContain(
      `career: ${out} was filled while the import ran; nothing was imported and nothing in it was touched\n`,
    );
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(readdirSync(out)).toEqual(['notes.txt']);
    expect(readdirSync(parent)).toEqual(['onet']);
  }, 60_000);
});

describe('import onet reads its sources with care', () => {
  it('names an occupation listed twice as an input error (exit 3), not a bug', async () => {
    const source = release();
    const file = join(source, 'Occupation Data.txt');
    const rows = lines(file);
    writeFileSync(file, `${[...rows, rows[3]].join('\n')}\n`);
    const out = join(tempDir(), 'onet');
    const { code, stdout, stderr } = await career(['import', 'onet', source, '--out', out]);
    expect([code, stdout]).toEqual([3, '']);
    const code4 = (rows[3] as string).split('\t')[0];
    expect(stderr).toBe(
      `career: ${file}:${rows.length + 1}: occupation ${code4} is listed twice (first at line 4)\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('names a job zone that is not a number, instead of dropping its edges', async () => {
    const source = release();
    const file = join(source, 'Job Zones.txt');
    const rows = lines(file);
    rows[2] = (rows[2] as string).replace(/\t4\t/, '\tfour\t');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const { code, stderr } = await importOnet(source);
    expect(code).toBe(3);
    expect(stderr).toBe(
      `career: ${file}:3: "Job Zone" must be a whole number from 1 to 5, not "four"\n`,
    );
  });

  it('names the last line of a file cut short', async () => {
    const source = release();
    const file = join(source, 'Task Statements.txt');
    const text = readFileSync(file, 'utf8');
    // Cut in the middle of the last row's task statement.
    const cut = text.slice(
      0,
      text.lastIndexOf('\t', text.lastIndexOf('\t', text.length - 2) - 1) - 5,
    );
    writeFileSync(file, cut);
    const { code, stderr } = await importOnet(source);
    expect(code).toBe(3);
    const last = cut.split('\n').length;
    expect(stderr).toMatch(
      new RegExp(
        `^career: ${file.replace(/[*.]/g, '\\$&')}:${last}: \\d of the header's \\d columns: is the file cut short or damaged\\?\\n$`,
      ),
    );
  });

  it('reads Latin-1 text as such, keeping accented letters, and says so', async () => {
    const source = release();
    const file = join(source, 'Occupation Data.txt');
    const text = readFileSync(file, 'utf8').replace(
      'Marketing Managers',
      'Marketing Managers (Café)',
    );
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const out = join(tempDir(), 'onet');
    const run = await career(['import', 'onet', source, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `career: ${file} is not UTF-8 text: read as Windows-1252 (Latin-1), so that accented letters are kept\n`,
    );
    const shown = await career(['--no-builtin', '--data', out, 'show', '11-2021.00', '--json']);
    expect(JSON.parse(shown.stdout).title).toBe('Marketing Managers (Café)');
  });
});
