import type { KnowledgeBaseFile, Level, Role, Source, Track } from '../knowledge-base/schema.js';
import { foldAccents } from '../text/fold.js';
import { advancementEdges, type Relation } from './advancement.js';
import type { Table } from './tsv.js';

/** The O*NET text files the import reads, by the names the release gives them. */
export const ONET_FILES = {
  occupations: 'Occupation Data.txt',
  tasks: 'Task Statements.txt',
  alternateTitles: 'Alternate Titles.txt',
  related: 'Related Occupations.txt',
  jobZones: 'Job Zones.txt',
  jobZoneReference: 'Job Zone Reference.txt',
} as const;

export type OnetTables = { occupations: Table } & Partial<
  Record<Exclude<keyof typeof ONET_FILES, 'occupations'>, Table>
>;

/** The columns each file must have, by name. */
export const REQUIRED_COLUMNS: Record<keyof typeof ONET_FILES, string[]> = {
  occupations: ['O*NET-SOC Code', 'Title', 'Description'],
  tasks: ['O*NET-SOC Code', 'Task'],
  alternateTitles: ['O*NET-SOC Code', 'Alternate Title'],
  related: ['O*NET-SOC Code', 'Related O*NET-SOC Code'],
  jobZones: ['O*NET-SOC Code', 'Job Zone'],
  jobZoneReference: ['Job Zone', 'Name'],
};

/** The 2018 SOC major groups: the first two digits of an occupation code. O*NET's tracks. */
const MAJOR_GROUPS: Record<string, string> = {
  '11': 'Management',
  '13': 'Business and Financial Operations',
  '15': 'Computer and Mathematical',
  '17': 'Architecture and Engineering',
  '19': 'Life, Physical, and Social Science',
  '21': 'Community and Social Service',
  '23': 'Legal',
  '25': 'Educational Instruction and Library',
  '27': 'Arts, Design, Entertainment, Sports, and Media',
  '29': 'Healthcare Practitioners and Technical',
  '31': 'Healthcare Support',
  '33': 'Protective Service',
  '35': 'Food Preparation and Serving Related',
  '37': 'Building and Grounds Cleaning and Maintenance',
  '39': 'Personal Care and Service',
  '41': 'Sales and Related',
  '43': 'Office and Administrative Support',
  '45': 'Farming, Fishing, and Forestry',
  '47': 'Construction and Extraction',
  '49': 'Installation, Maintenance, and Repair',
  '51': 'Production',
  '53': 'Transportation and Material Moving',
  '55': 'Military Specific',
};

export function slug(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `13-*` or `15-1252.00,11-2021.*`: shell-style patterns over occupation codes. */
export function codeMatcher(pattern: string | undefined): (code: string) => boolean {
  if (!pattern) return () => true;
  const patterns = pattern
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        new RegExp(
          `^${p
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`,
        ),
    );
  return (code) => patterns.some((p) => p.test(code));
}

/** Something in a source file the import cannot take as it stands, with its line. */
export interface OnetProblem {
  file: keyof typeof ONET_FILES;
  line: number;
  message: string;
}

export interface OnetImport {
  /** sources, tracks and levels. */
  shared: KnowledgeBaseFile;
  /** Roles, one file's worth per major group, keyed by a file name. */
  groups: Map<string, Role[]>;
  counts: { occupations: number; responsibilities: number; aliases: number; edges: number };
  /**
   * What in the source files is wrong: an occupation listed twice, a job
   * zone that is not a number from 1 to 5, a row cut short. Any problem
   * means the import is not to be written.
   */
  problems: OnetProblem[];
}

const TASK_ORDER: Record<string, number> = { Core: 0, Supplemental: 1 };
const zoneWords = ['', 'One', 'Two', 'Three', 'Four', 'Five'];

/**
 * Turns O*NET's tables into a knowledge base: each occupation a role (its
 * code, title and description; its tasks as responsibilities, core before
 * supplemental; its alternate and short titles as aliases; its job zone as
 * its level; its major group as its track), related occupations as related
 * roles, and, where a related occupation is a step up (more preparation or
 * more responsibility, never less of either: advancement.ts), an advancement
 * edge to it, so edges never loop; an occupation without a job zone is
 * reached from those that step up into its SOC group. An occupation with no
 * task statements keeps its description as its one responsibility.
 */
export function convertOnet(
  tables: OnetTables,
  options: { codes?: string; version?: string },
): OnetImport {
  const wanted = codeMatcher(options.codes);
  const problems: OnetProblem[] = [];
  for (const [file, table] of Object.entries(tables) as [keyof typeof ONET_FILES, Table][])
    for (const { line, message } of table.problems) problems.push({ file, line, message });
  // An occupation listed twice would be two roles, or one overwriting the other: which is meant is not ours to guess.
  const firstLine = new Map<string, number>();
  for (const [index, row] of tables.occupations.rows.entries()) {
    const code = row['O*NET-SOC Code'];
    if (!code) continue;
    const line = tables.occupations.lines[index] ?? 0;
    const first = firstLine.get(code);
    if (first === undefined) firstLine.set(code, line);
    else
      problems.push({
        file: 'occupations',
        line,
        message: `occupation ${code} is listed twice (first at line ${first})`,
      });
  }
  const occupations = tables.occupations.rows.filter(
    (row, index) =>
      row['O*NET-SOC Code'] &&
      row.Title &&
      firstLine.get(row['O*NET-SOC Code']) === tables.occupations.lines[index] &&
      wanted(row['O*NET-SOC Code']),
  );
  const codes = new Set(occupations.map((row) => row['O*NET-SOC Code'] as string));

  const byCode = <T>(
    table: Table | undefined,
    pick: (row: Record<string, string | undefined>) => T | undefined,
  ) => {
    const map = new Map<string, T[]>();
    for (const row of table?.rows ?? []) {
      const code = row['O*NET-SOC Code'];
      const value = pick(row);
      if (!code || !codes.has(code) || value === undefined) continue;
      const list = map.get(code) ?? [];
      list.push(value);
      map.set(code, list);
    }
    return map;
  };
  const tasks = byCode(tables.tasks, (row) =>
    row.Task ? { text: row.Task, order: TASK_ORDER[row['Task Type'] ?? ''] ?? 2 } : undefined,
  );
  const titles = byCode(tables.alternateTitles, (row) =>
    [row['Alternate Title'], row['Short Title']].filter((t): t is string => Boolean(t)),
  );
  // A release without tiers or ranks (before O*NET 26) lists the closest related occupations in order.
  let place = 0;
  const related = byCode(tables.related, (row): Relation | undefined => {
    const other = row['Related O*NET-SOC Code'];
    place++;
    if (!other || !codes.has(other)) return undefined;
    const index = row.Index ? Number(row.Index) : Number.NaN;
    return {
      code: other,
      tier: row['Relatedness Tier'] ?? 'Primary-Short',
      index: Number.isFinite(index) ? index : place,
    };
  });
  const zones = new Map<string, number>();
  for (const [index, row] of (tables.jobZones?.rows ?? []).entries()) {
    const code = row['O*NET-SOC Code'];
    const value = row['Job Zone'];
    if (!code || !codes.has(code)) continue;
    // A zone that cannot be read would leave the occupation unrated and silently drop its edges.
    if (value === undefined) continue;
    const zone = Number(value);
    if (!Number.isInteger(zone) || zone < 1 || zone > 5) {
      problems.push({
        file: 'jobZones',
        line: tables.jobZones?.lines[index] ?? 0,
        message: `"Job Zone" must be a whole number from 1 to 5, not "${value.length > 20 ? `${value.slice(0, 20)}…` : value}"`,
      });
      continue;
    }
    zones.set(code, zone);
  }

  const edges = advancementEdges(
    occupations.map((row) => row['O*NET-SOC Code'] as string),
    related,
    zones,
  );

  // Ids from titles, which people type; the code settles the rare clash.
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const row of occupations) {
    const code = row['O*NET-SOC Code'] as string;
    let id = slug(row.Title as string) || slug(code);
    if (taken.has(id)) id = `${id}-${slug(code)}`;
    taken.add(id);
    ids.set(code, id);
  }

  const version = options.version ?? '';
  const source: Source = {
    id: 'onet',
    title: `O*NET${version ? ` ${version}` : ''} Database`,
    attribution:
      `This product includes information from the O*NET${version ? ` ${version}` : ''} Database by the U.S. Department of Labor, ` +
      'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
      'Modified: converted by career-advisor into its knowledge-base format (tasks as responsibilities, alternate titles as aliases, ' +
      'job zones as levels, related occupations as links).',
    license: 'CC BY 4.0',
    url: 'https://www.onetcenter.org/database.html',
  };

  const groups = new Map<string, Role[]>();
  const usedTracks = new Map<string, Track>();
  const usedLevels = new Set<string>();
  const counts = { occupations: 0, responsibilities: 0, aliases: 0, edges: 0 };
  for (const row of occupations) {
    const code = row['O*NET-SOC Code'] as string;
    const major = code.slice(0, 2);
    const group = MAJOR_GROUPS[major] ?? `Major group ${major}`;
    const track = `${slug(group)}`;
    usedTracks.set(track, { id: track, title: group });
    const zone = zones.get(code);
    const level = zone ? `job-zone-${zone}` : 'job-zone-unrated';
    usedLevels.add(level);
    const title = row.Title as string;
    const description = row.Description ?? title;
    const responsibilities = [
      ...new Set((tasks.get(code) ?? []).sort((a, b) => a.order - b.order).map((t) => t.text)),
    ];
    const seen = new Set([title.toLowerCase()]);
    const aliases = (titles.get(code) ?? []).flat().filter((alias) => {
      const key = alias.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const links = related.get(code) ?? [];
    const advancesTo = (edges.get(code) ?? []).map((next) => ids.get(next) as string);
    const role: Role = {
      id: ids.get(code) as string,
      title,
      track,
      level,
      summary: description,
      aliases,
      responsibilities: responsibilities.length > 0 ? responsibilities : [description],
      advancesTo,
      code,
      related: [
        ...new Set(
          links.filter((l) => l.tier.startsWith('Primary')).map((l) => ids.get(l.code) as string),
        ),
      ],
      source: source.id,
    };
    const file = `${major}-${slug(group)}`;
    groups.set(file, [...(groups.get(file) ?? []), role]);
    counts.occupations++;
    counts.responsibilities += role.responsibilities.length;
    counts.aliases += aliases.length;
    counts.edges += advancesTo.length;
  }

  const reference = new Map(
    (tables.jobZoneReference?.rows ?? []).map((row) => [Number(row['Job Zone']), row]),
  );
  const levels: Level[] = [1, 2, 3, 4, 5]
    .map((zone) => `job-zone-${zone}`)
    .concat('job-zone-unrated')
    .filter((id) => usedLevels.has(id))
    .map((id) => {
      const zone = Number(id.slice('job-zone-'.length));
      // On scales of their own: a job zone is not a level of the ladder it may be layered over,
      // and an occupation with none is neither above nor below one with a zone.
      if (!zone)
        return {
          id,
          title: 'Job zone not rated',
          summary: 'O*NET gives these occupations no job zone.',
          scale: 'onet-unrated',
        };
      const row = reference.get(zone);
      return {
        id,
        title: row?.Name ?? `Job Zone ${zoneWords[zone]}`,
        scale: 'onet-job-zone',
        summary:
          row?.Experience ??
          `O*NET job zone ${zone} of 5: the higher the zone, the more preparation the occupation needs.`,
      };
    });

  return {
    // Tracks in the order of their major groups, as the occupations come.
    shared: { sources: [source], tracks: [...usedTracks.values()], levels },
    groups,
    counts,
    problems,
  };
}
