import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { role, TRACKS, writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

const ONET = ['--data', join(ROOT, 'tests', 'fixtures', 'coach-onet')];

interface Pair {
  a: string;
  b: string;
  similarity: number;
}

async function shared(data: string[], a: string, b: string): Promise<Pair[]> {
  const { stdout, stderr, code } = await runMain([...data, 'compare', a, b, '--json']);
  expect([code, stderr]).toEqual([0, '']);
  return (JSON.parse(stdout) as { shared: Pair[] }).shared;
}

describe('career compare pairs work on enough evidence, not on one generic skill', () => {
  it('does not call two O*NET tasks alike because both coordinate, or both plan a strategy', async () => {
    const pairs = await shared(ONET, 'search-marketing-strategists', 'marketing-managers');
    const texts = pairs.map((p) => [p.a, p.b]);
    expect(texts).not.toContainEqual([
      'Coordinate with developers to optimize Web site architecture, server configuration, or page construction for search engine consumption and optimal visibility.',
      'Coordinate or participate in promotional activities or trade shows, working with developers, advertisers, or production managers, to market products or services.',
    ]);
    expect(texts).not.toContainEqual([
      'Create content strategies for digital media.',
      'Develop pricing strategies, balancing firm objectives and customer satisfaction.',
    ]);
    // Only identical work is 1.00: a pair that rests on generic skills shows its words too.
    for (const pair of pairs) if (pair.a !== pair.b) expect(pair.similarity).toBeLessThan(1);

    const { stdout } = await runMain([
      ...ONET,
      'compare',
      'search-marketing-strategists',
      'marketing-managers',
    ]);
    const onlyA = stdout.slice(
      stdout.indexOf('Only Search Marketing Strategists\n'),
      stdout.indexOf('Only Marketing Managers\n'),
    );
    expect(onlyA).toContain(
      '  • Coordinate with developers to optimize Web site architecture, server\n',
    );
  });

  it('decides what is generic from the knowledge base: a skill few roles use pairs work alone, one many use does not', async () => {
    const filler = Array.from({ length: 30 }, (_, i) => role(`filler-${i}`)).join('');
    const pair =
      role('catalog-editor').replace(
        'Do the catalog-editor work',
        'Choose keywords for the spring catalog',
      ) +
      role('ads-buyer').replace(
        'Do the ads-buyer work',
        'Bid on keywords during nightly auctions for shoppers',
      );
    const rare = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${pair}${filler}` });
    // Six more roles that name keywords: now one role in ten or more does, as analyzing does in O*NET.
    const many = Array.from({ length: 6 }, (_, i) =>
      role(`keyword-user-${i}`).replace(`Do the keyword-user-${i} work`, `Track keywords ${i}`),
    ).join('');
    const common = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${pair}${filler}${many}` });

    expect(await shared(['--data', rare], 'catalog-editor', 'ads-buyer')).toEqual([
      {
        a: 'Choose keywords for the spring catalog',
        b: 'Bid on keywords during nightly auctions for shoppers',
        // The mean of the skills' 1.00 and the words' 0.20 (one of ten forms shared).
        similarity: 0.6,
      },
    ]);
    expect(await shared(['--data', common], 'catalog-editor', 'ads-buyer')).toEqual([]);
    const { stdout } = await runMain(['--data', common, 'compare', 'catalog-editor', 'ads-buyer']);
    expect(stdout).toContain('Both do\n  no responsibility alike\n');
  });

  it('keeps the same work in two channels alike on the built-in roles, at what its skills and words show together', async () => {
    expect(await shared([], 'seo-specialist', 'sem-specialist')).toEqual([
      {
        a: 'Monitor metrics to understand SEO performance',
        b: 'Monitor metrics to optimize paid search performance',
        similarity: 0.61,
      },
      {
        a: 'Implement keywords for SEO',
        b: 'Perform research on keywords for SEO and pay-per-click (PPC) ads',
        similarity: 0.58,
      },
    ]);
  });
});
