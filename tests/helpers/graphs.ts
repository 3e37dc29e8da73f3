import { TRACKS } from './files.js';

/**
 * Knowledge bases of generated advancement graphs, as YAML for --data
 * --no-builtin: a role per id, each with one responsibility of its own and
 * the edges given.
 */
export function graphYaml(edges: ReadonlyMap<string, readonly string[]>): string {
  const roles = [...edges].map(
    ([id, next]) =>
      `  - id: ${id}\n    title: Role ${id}\n    track: marketing\n    level: junior\n    summary: Does ${id} things.\n    responsibilities: [Do the ${id} work]\n    advancesTo: [${next.join(', ')}]\n`,
  );
  return `${TRACKS}roles:\n${roles.join('')}`;
}

/** r0 → r1 → … → r(n-1). */
export function chain(n: number): Map<string, string[]> {
  return new Map(Array.from({ length: n }, (_, i) => [`r${i}`, i + 1 < n ? [`r${i + 1}`] : []]));
}

/**
 * A ladder of `depth` levels of two roles, a{i} and b{i}, where both roles of
 * each level advance to both of the next: 2^depth routes from the bottom to
 * the top, through only 2 × depth roles.
 */
export function diamondLadder(depth: number): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (let i = 0; i < depth; i++) {
    const next = i + 1 < depth ? [`a${i + 1}`, `b${i + 1}`] : [];
    edges.set(`a${i}`, next);
    edges.set(`b${i}`, [...next]);
  }
  return edges;
}
