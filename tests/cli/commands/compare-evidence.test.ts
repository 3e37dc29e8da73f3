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

  it('decides what is generic from the knowledge base: two skills, one that few roles use, need fewer words in common', async () => {
    const filler = Array.from({ length: 30 }, (_, i) => role(`filler-${i}`)).join('');
    const responsibilities = (id: string, lines: string[]) =>
      role(id).replace(`Do the ${id} work`, lines.join('\n      - '));
    const pair =
      responsibilities('catalog-editor', [
        'Research keywords in Semrush for the spring catalog and its landing pages',
        'Choose keywords for the autumn brochure',
      ]) +
      responsibilities('ads-buyer', [
        'Bid on keywords found in Semrush during nightly auctions for shoppers across regions',
        'Approve keywords ahead of each weekly sale',
      ]);
    // Keyword research in 4 roles of 44 (the SEO and SEM specialists too): not generic.
    const rare = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${pair}${filler}` });
    // Six more roles that name keywords and Semrush: one role in ten or more does, as analyzing does in O*NET.
    const many = Array.from({ length: 6 }, (_, i) =>
      responsibilities(`keyword-user-${i}`, [`Track keywords in Semrush ${i}`]),
    ).join('');
    const common = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${pair}${filler}${many}` });

    // Keywords and Semrush, and 0.24 of their words; keywords alone and 0.20 of their words are not enough.
    expect(await shared(['--data', rare], 'catalog-editor', 'ads-buyer')).toEqual([
      {
        a: 'Research keywords in Semrush for the spring catalog and its landing pages',
        b: 'Bid on keywords found in Semrush during nightly auctions for shoppers across regions',
        similarity: 0.62,
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
