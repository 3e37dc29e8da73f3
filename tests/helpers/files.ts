import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './cli.js';

/** Writes the given files (path → content) into a new temporary folder and returns it. */
export function writeTree(files: Record<string, string | Buffer>): string {
  const root = tempDir('career-kb-');
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** A small valid knowledge base, as YAML, to break one piece at a time. */
export const TRACKS = `tracks:
  - id: marketing
    title: Marketing
    practitioner: marketer
    responsibility: Bring people in.
    focus: Traffic.
levels:
  - id: junior
    title: Junior
    summary: Where people start.
  - id: senior
    title: Senior
    summary: Where they go.
`;

export function role(id: string, extra = '', advancesTo = '[]'): string {
  return `  - id: ${id}
    title: ${id} title
    track: marketing
    level: junior
    summary: Does ${id} things.
    responsibilities:
      - Do the ${id} work
    advancesTo: ${advancesTo}
${extra}`;
}
