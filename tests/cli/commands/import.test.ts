import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'onet');
const ATTRIBUTION =
  'This product includes information from the O*NET 27.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.';

async function importFixture(args: string[] = [], from = FIXTURE): Promise<string> {
  const out = join(tempDir(), 'onet');
  const { stdout, stderr, code } = await runMain(['import', 'onet', from, '--out', out, ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toMatch(/^Imported \d+ occupations/);
  return out;
}

describe('career import onet', () => {
  it('converts the release into a valid knowledge base, with the attribution', async () => {
    const out = await importFixture();
    expect(readdirSync(out).sort()).toEqual(['ATTRIBUTION.txt', 'onet.yaml', 'roles']);
    expect(readFileSync(join(out, 'ATTRIBUTION.txt'), 'utf8')).toContain(ATTRIBUTION);
    expect(readFileSync(join(out, 'ATTRIBUTION.txt'), 'utf8')).toContain(
      'Modified: converted by career-advisor',
    );
    expect(readdirSync(join(out, 'roles')).sort()).toEqual([
      '11-management.yaml',
      '13-business-and-financial-operations.yaml',
      '15-computer-and-mathematical.yaml',
      '41-sales-and-related.yaml',
    ]);
    expect(await runMain(['validate', '--no-builtin', out])).toMatchObject({
      code: 0,
      stdout: 'valid: 5 files, 8 roles, 4 tracks, 9 advancement edges\n',
    });
  });

  it('serves show by title and by alternate title, with the code, levels and attribution', async () => {
    const out = await importFixture();
    const text = await runMain(['--data', out, 'show', 'SEO Strategist']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^Search Marketing Strategists {2}\(search-marketing-strategists\)\nBusiness and Financial Operations · Job Zone Four: Considerable Preparation Needed\nO\*NET-SOC 13-1161\.01\n/,
    );
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(`Source: ${ATTRIBUTION}`);
    const json = JSON.parse(
      (
        await runMain([
          '--data',
          out,
          'show',
          'market research analysts and marketing specialists',
          '--json',
        ])
      ).stdout,
    );
    expect(json).toMatchObject({
      id: 'market-research-analysts-and-marketing-specialists',
      code: '13-1161.00',
      level: 'job-zone-4',
      track: 'business-and-financial-operations',
    });
    expect(json.source).toMatchObject({ id: 'onet', license: 'CC BY 4.0' });
    expect(json.related).toContain('marketing-managers');
  });

  it('puts core tasks before supplemental ones, and keeps every task', async () => {
    const out = await importFixture();
    const rows = readFileSync(join(FIXTURE, 'Task Statements.txt'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'));
    const mine = rows.filter((r) => r[0] === '11-2021.00');
    const core = mine.filter((r) => r[3] === 'Core').map((r) => r[2]);
    const supplemental = mine.filter((r) => r[3] === 'Supplemental').map((r) => r[2]);
    const { responsibilities } = JSON.parse(
      (await runMain(['--data', out, 'show', 'marketing-managers', '--json'])).stdout,
    );
    expect(responsibilities).toEqual([...core, ...supplemental]);
  });

  it('imports an occupation without tasks or job zone, its description as its one responsibility', async () => {
    const out = await importFixture();
    const byTitle = JSON.parse(
      (
        await runMain([
          '--data',
          out,
          'show',
          'Business Operations Specialists, All Other',
          '--json',
        ])
      ).stdout,
    );
    expect(byTitle.level).toBe('job-zone-unrated');
    expect(byTitle.responsibilities).toEqual([byTitle.summary]);
    // An occupation code names a role too.
    const byCode = JSON.parse(
      (await runMain(['--data', out, 'show', '13-1199.00', '--json'])).stdout,
    );
    expect(byCode.id).toBe('business-operations-specialists-all-other');
  });

  it('serves search and path on the import', async () => {
    const out = await importFixture();
    const search = await runMain(['--no-builtin', '--data', out, 'search', 'pay per click']);
    expect(search.stdout.split('\n')[0]).toMatch(/^search-marketing-strategists\t/);
    const path = await runMain([
      '--data',
      out,
      'path',
      'web developers',
      '--to',
      'SEO Strategist',
      '--format',
      'json',
    ]);
    expect(
      JSON.parse(path.stdout).steps.map((s: { from: string; to: string }) => [s.from, s.to]),
    ).toEqual([['web-developers', 'search-marketing-strategists']]);
  });

  it('imports only the codes asked for', async () => {
    const out = await importFixture(['--codes', '13-*,41-9041.00']);
    const { stdout } = await runMain(['--no-builtin', '--data', out, 'list']);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t')[0])
        .sort(),
    ).toEqual([
      'business-operations-specialists-all-other',
      'market-research-analysts-and-marketing-specialists',
      'search-marketing-strategists',
      'telemarketers',
    ]);
  });

  it('reads Windows line endings, a byte-order mark and columns added by newer releases', async () => {
    const copy = join(tempDir(), 'release');
    cpSync(FIXTURE, copy, { recursive: true });
    for (const name of readdirSync(copy).filter((n) => n.endsWith('.txt'))) {
      const lines = readFileSync(join(copy, name), 'utf8').trimEnd().split('\n');
      // A "Title" column after the code, as in releases after 27.0.
      const widened =
        name === 'Task Statements.txt'
          ? lines.map((l, i) => l.replace('\t', i === 0 ? '\tTitle\t' : '\tSome title\t'))
          : lines;
      writeFileSync(join(copy, name), `\uFEFF${widened.join('\r\n')}\r\n`);
    }
    const plain = await importFixture();
    const windows = await importFixture([], copy);
    const read = (dir: string) =>
      readdirSync(join(dir, 'roles')).map((f) => readFileSync(join(dir, 'roles', f), 'utf8'));
    expect(read(windows)).toEqual(read(plain));
  });

  it('names a missing column, a missing release and a taken destination', async () => {
    const copy = join(tempDir(), 'release');
    cpSync(FIXTURE, copy, { recursive: true });
    writeFileSync(join(copy, 'Task Statements.txt'), 'O*NET-SOC Code\tStatement\n11-2021.00\tx\n');
    const column = await runMain(['import', 'onet', copy, '--out', join(tempDir(), 'x')]);
    expect([column.code, column.stderr]).toEqual([
      3,
      `career: ${join(copy, 'Task Statements.txt')}:1: no "Task" column in the header (columns: O*NET-SOC Code, Statement)\n`,
    ]);
    const empty = tempDir();
    const none = await runMain(['import', 'onet', empty, '--out', join(tempDir(), 'x')]);
    expect([none.code, none.stderr]).toEqual([
      3,
      `career: cannot read ${join(empty, 'Occupation Data.txt')}: no such file (is this an O*NET text release?)\n`,
    ]);
    const taken = tempDir();
    writeFileSync(join(taken, 'keep.txt'), 'mine');
    const clash = await runMain(['import', 'onet', FIXTURE, '--out', taken]);
    expect([clash.code, clash.stderr]).toEqual([
      4,
      `career: ${taken} already exists and is not empty; choose another --out\n`,
    ]);
    expect(readFileSync(join(taken, 'keep.txt'), 'utf8')).toBe('mine');
  });
});
