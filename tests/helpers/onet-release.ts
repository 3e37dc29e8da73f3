import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { career, tempDir } from './cli.js';

/** An occupation of a small O*NET-shaped release: its title, job zone (or none), and related rows [code, tier, index]. */
export type Occupation = [string, number | null, [string, string, number][]];

const tsv = (rows: (string | number)[][]) => `${rows.map((row) => row.join('\t')).join('\n')}\n`;
const NAMES = ['', 'One', 'Two', 'Three', 'Four', 'Five'];

/**
 * Writes a small O*NET text release of these occupations (no tasks, no
 * alternate titles) into a new folder, and returns it. `zones` are the job
 * zones its reference names; `leave` names files not to write;
 * `relatedColumns` 'codes only' writes Related Occupations without tiers, in
 * the order of their index, as an older release does.
 */
export function writeOnetRelease(
  occupations: Record<string, Occupation>,
  options: { zones: number[]; leave?: string[]; relatedColumns?: 'tiers' | 'codes only' },
): string {
  const dir = join(tempDir('career-release-'), 'release');
  mkdirSync(dir);
  const entries = Object.entries(occupations);
  const files: Record<string, (string | number)[][]> = {
    'Occupation Data.txt': [
      ['O*NET-SOC Code', 'Title', 'Description'],
      ...entries.map(([code, [title]]) => [code, title, `${title} do their work.`]),
    ],
    'Task Statements.txt': [['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type']],
    'Alternate Titles.txt': [['O*NET-SOC Code', 'Alternate Title', 'Short Title']],
    'Job Zones.txt': [
      ['O*NET-SOC Code', 'Job Zone'],
      ...entries.flatMap(([code, [, zone]]) => (zone === null ? [] : [[code, zone]])),
    ],
    'Job Zone Reference.txt': [
      ['Job Zone', 'Name'],
      ...options.zones.map((zone) => [zone, `Job Zone ${NAMES[zone]}`]),
    ],
    'Related Occupations.txt':
      options.relatedColumns === 'codes only'
        ? [
            ['O*NET-SOC Code', 'Related O*NET-SOC Code'],
            ...entries.flatMap(([code, [, , related]]) =>
              [...related].sort((a, b) => a[2] - b[2]).map(([other]) => [code, other]),
            ),
          ]
        : [
            ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'],
            ...entries.flatMap(([code, [, , related]]) =>
              related.map(([other, tier, index]) => [code, other, tier, index]),
            ),
          ],
  };
  for (const [name, rows] of Object.entries(files))
    if (!options.leave?.includes(name)) writeFileSync(join(dir, name), tsv(rows));
  return dir;
}

/** `career import onet SOURCE --out` a new folder, run as a person runs it (the built program). */
export const importOnet = (source: string) =>
  career(['import', 'onet', source, '--out', join(tempDir(), 'o')]);
