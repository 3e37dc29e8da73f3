import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, ROOT, tempDir } from '../helpers/cli.js';

/**
 * The O*NET occupations that compete for three queries (tests/fixtures/onet-search/onet.yaml: the
 * first 15 each query found before phrases counted, the roles holding the phrases, and those
 * holding "paid"), among generated occupations that bring the knowledge base to O*NET's size and
 * each query word to the number of O*NET 27.0 occupations that hold it, none two of them: how rare
 * a word is weighs in the ranking.
 */
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'onet-search', 'onet.yaml');
const HOLDERS: [string, number][] = [
  ['Search the files', 35],
  ['Check the head of the line', 75],
  ['Count the items', 53],
  ['Shop for the supplies', 57],
  ['Push the cart', 19],
];
const VERBS =
  'assemble inspect record operate maintain repair prepare schedule review deliver'.split(' ');
const THINGS =
  'equipment materials reports vehicles machinery samples orders supplies records products'.split(
    ' ',
  );

function generated(): string {
  const dir = tempDir('career-onet-shaped-');
  const lines = [
    'tracks:',
    '  - id: generated',
    '    title: Generated',
    'levels:',
    '  - id: zone',
    '    title: Zone',
    'roles:',
  ];
  const holders = HOLDERS.flatMap(([task, n]) => Array.from({ length: n }, () => task));
  for (let i = 0; i < 968; i++) {
    lines.push(
      `  - id: generated-${i}`,
      `    title: Generated Occupation ${i}`,
      '    track: generated',
      '    level: zone',
      `    summary: ${VERBS[i % 10]} ${THINGS[(i * 3) % 10]}.`,
      '    aliases:',
      `      - Generated Worker ${i}`,
      '    responsibilities:',
      ...Array.from(
        { length: 18 },
        (_, j) => `      - ${VERBS[(i + j) % 10]} the ${THINGS[(i * 7 + j) % 10]}.`,
      ),
    );
    const task = holders[i];
    if (task) lines.push(`      - ${task} ${i}.`);
    lines.push('    advancesTo: []');
  }
  const file = join(dir, 'generated.yaml');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function titles(query: string): Promise<string[]> {
  const result = await career([
    '--data',
    FIXTURE,
    '--data',
    generated(),
    '--no-builtin',
    'search',
    ...query.split(' '),
    '--json',
    '-n',
    '5',
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { title: string }[]).map((hit) => hit.title);
}

describe('search ranks a phrase above one word of it (O*NET-shaped data)', () => {
  it('"head counts": the tasks that say it, before "Keg Header" and "Counter Cutter"', async () => {
    const top = await titles('head counts');
    expect(top.slice(0, 3)).toEqual(
      expect.arrayContaining(['Correctional Officers and Jailers', 'Legislators']),
    );
  });

  it('"shopping cart": both roles whose text says it in the top 3', async () => {
    const top = await titles('shopping cart');
    expect(top.slice(0, 3)).toEqual(
      expect.arrayContaining(['Online Merchants', 'Search Marketing Strategists']),
    );
  });

  it('"paid search": Search Marketing Strategists first, no Title Examiners in the top 5', async () => {
    const top = await titles('paid search');
    expect(top[0]).toBe('Search Marketing Strategists');
    expect(top.filter((title) => title.startsWith('Title Examiners'))).toEqual([]);
  });
});
