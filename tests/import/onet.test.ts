import { describe, expect, it } from 'vitest';
import { convertOnet } from '../../src/import/onet.js';
import { parseTsv } from '../../src/import/tsv.js';

/** A table from rows of cells, the first row naming the columns, as O*NET's files are. */
const table = (...rows: string[][]) => parseTsv(rows.map((row) => row.join('\t')).join('\n'));

const occupations = table(
  ['O*NET-SOC Code', 'Title', 'Description'],
  ['11-2021.00', 'Marketing Managers', 'Plan marketing.'],
  ['13-1161.01', 'Search Marketing Strategists', 'Employ search marketing tactics.'],
  ['13-1199.00', 'Business Operations Specialists, All Other', 'All other business operations.'],
  ['41-9041.00', 'Telemarketers', 'Solicit donations or orders over the telephone.'],
);

describe('convertOnet', () => {
  it('makes each occupation a role: id from the title, track from the major group, level from the job zone', () => {
    const result = convertOnet(
      {
        occupations,
        tasks: table(
          ['O*NET-SOC Code', 'Task', 'Task Type'],
          ['13-1161.01', 'Track search rankings.', 'Supplemental'],
          ['13-1161.01', 'Run keyword research.', 'Core'],
          ['13-1161.01', 'Run keyword research.', 'Core'],
        ),
        alternateTitles: table(
          ['O*NET-SOC Code', 'Alternate Title', 'Short Title'],
          ['13-1161.01', 'SEO Strategist', 'SEO'],
          ['13-1161.01', 'search marketing strategists', 'n/a'],
        ),
        jobZones: table(
          ['O*NET-SOC Code', 'Job Zone'],
          ['11-2021.00', '4'],
          ['13-1161.01', '3'],
          ['41-9041.00', '2'],
        ),
        jobZoneReference: table(
          ['Job Zone', 'Name', 'Experience'],
          ['3', 'Job Zone Three: Medium Preparation Needed', 'Some experience.'],
        ),
        related: table(
          ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier'],
          ['13-1161.01', '11-2021.00', 'Primary-Short'],
          ['11-2021.00', '13-1161.01', 'Primary-Short'],
          ['41-9041.00', '11-2021.00', 'Supplemental'],
        ),
      },
      { version: '27.0' },
    );
    const roles = [...result.groups.values()].flat();
    const strategist = roles.find((role) => role.code === '13-1161.01');
    expect(strategist).toEqual({
      id: 'search-marketing-strategists',
      title: 'Search Marketing Strategists',
      track: 'business-and-financial-operations',
      level: 'job-zone-3',
      summary: 'Employ search marketing tactics.',
      // Core before supplemental, each once.
      responsibilities: ['Run keyword research.', 'Track search rankings.'],
      // The title itself is not an alias of itself, whatever its case.
      aliases: ['SEO Strategist', 'SEO'],
      // Zones only rise along an edge: 3 → 4.
      advancesTo: ['marketing-managers'],
      code: '13-1161.01',
      related: ['marketing-managers'],
      source: 'onet',
    });
    // The way back down is a related role, never an advancement.
    expect(roles.find((role) => role.code === '11-2021.00')).toMatchObject({
      advancesTo: [],
      related: ['search-marketing-strategists'],
    });
    // A supplemental relation is no related role; it is a step only where no primary one is (advancement.ts).
    expect(roles.find((role) => role.code === '41-9041.00')).toMatchObject({
      advancesTo: ['marketing-managers'],
      related: [],
    });
    expect([...result.groups.keys()]).toEqual([
      '11-management',
      '13-business-and-financial-operations',
      '41-sales-and-related',
    ]);
    expect(result.shared.levels?.map((level) => [level.id, level.title])).toEqual([
      ['job-zone-2', 'Job Zone Two'],
      ['job-zone-3', 'Job Zone Three: Medium Preparation Needed'],
      ['job-zone-4', 'Job Zone Four'],
      ['job-zone-unrated', 'Job zone not rated'],
    ]);
    expect(result.shared.sources?.[0]?.attribution).toMatch(
      /^This product includes information from the O\*NET 27\.0 Database/,
    );
    expect(result.counts).toEqual({ occupations: 4, responsibilities: 5, aliases: 2, edges: 2 });
  });

  it('keeps the description as the one responsibility of an occupation without tasks or job zone', () => {
    const roles = [...convertOnet({ occupations }, {}).groups.values()].flat();
    expect(roles.find((role) => role.code === '13-1199.00')).toMatchObject({
      id: 'business-operations-specialists-all-other',
      level: 'job-zone-unrated',
      responsibilities: ['All other business operations.'],
    });
  });

  it('imports only the codes asked for, and links only among them', () => {
    const result = convertOnet(
      {
        occupations,
        related: table(
          ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier'],
          ['13-1161.01', '11-2021.00', 'Primary-Short'],
        ),
      },
      { codes: '13-*' },
    );
    const roles = [...result.groups.values()].flat();
    expect(roles.map((role) => role.code)).toEqual(['13-1161.01', '13-1199.00']);
    expect(roles[0]?.related).toEqual([]);
  });

  it('gives two occupations of the same title distinct ids, by code', () => {
    const twins = table(
      ['O*NET-SOC Code', 'Title', 'Description'],
      ['15-1254.00', 'Web Developers', 'Build sites.'],
      ['15-1254.01', 'Web Developers', 'Build other sites.'],
    );
    const roles = [...convertOnet({ occupations: twins }, {}).groups.values()].flat();
    expect(roles.map((role) => role.id)).toEqual(['web-developers', 'web-developers-15-1254-01']);
  });
});
