import { describe, expect, it } from 'vitest';
import { plain } from '../../src/cli/color.js';
import { MAX_TREE_DEPTH, renderTrees } from '../../src/cli/render/path.js';
import { previousRoles, reachableRoles } from '../../src/engine/graph.js';
import {
  advancementTree,
  advancementTrees,
  allSteps,
  findRoute,
  startingRoles,
  type Tree,
} from '../../src/engine/path.js';
import { emptyKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base/model.js';
import type { Role } from '../../src/knowledge-base/schema.js';
import { chain, diamondLadder } from '../helpers/graphs.js';

/** A knowledge base of these edges, built in memory (the loader is tested elsewhere). */
function knowledgeBaseOf(edges: ReadonlyMap<string, readonly string[]>): KnowledgeBase {
  const knowledgeBase = emptyKnowledgeBase();
  for (const [id, next] of edges)
    knowledgeBase.roles.push({
      id,
      title: `Role ${id}`,
      track: 'marketing',
      level: 'junior',
      summary: `Does ${id} things.`,
      aliases: [],
      responsibilities: [`Do the ${id} work`],
      advancesTo: [...next],
    });
  return knowledgeBase;
}

const get = (knowledgeBase: KnowledgeBase, id: string) =>
  knowledgeBase.roles.find((r) => r.id === id) as Role;

/** Every node of the trees, walked without recursion. */
function nodes(trees: readonly Tree[]): Tree[] {
  const out: Tree[] = [];
  const stack = [...trees];
  while (stack.length > 0) {
    const tree = stack.pop() as Tree;
    out.push(tree);
    for (const { tree: child } of tree.next) stack.push(child);
  }
  return out;
}

/** One random but repeatable graph: each role advances to up to three of the next fifty. */
function randomGraph(n: number): Map<string, string[]> {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return new Map(
    Array.from({ length: n }, (_, i) => {
      const next = new Set<string>();
      for (let k = 0; k < 3 && i + 1 < n; k++)
        next.add(`r${i + 1 + Math.floor(random() * Math.min(50, n - i - 1))}`);
      return [`r${i}`, [...next]];
    }),
  );
}

describe('a tree of where roles lead, over shared descendants', () => {
  it('expands each role once and refers back to it after that (a 44-role diamond ladder)', () => {
    const knowledgeBase = knowledgeBaseOf(diamondLadder(22));
    const tree = advancementTree(knowledgeBase, get(knowledgeBase, 'a0'));
    const all = nodes([tree]);
    // One node for the root, one per edge out of each role expanded: a0's 2, then 2 × 2 a level.
    expect(all).toHaveLength(1 + 2 + 2 * 2 * 20);
    const expanded = all.filter((n) => n.next.length > 0).map((n) => n.role.id);
    expect(new Set(expanded).size).toBe(expanded.length);
    expect(all.filter((n) => n.shownAbove).map((n) => n.role.id)).toContain('a2');
  });

  it('refers back across trees: a role expanded under one starting role is not expanded under the next', () => {
    const knowledgeBase = knowledgeBaseOf(diamondLadder(40));
    const trees = advancementTrees(knowledgeBase, startingRoles(knowledgeBase));
    expect(trees.map((t) => t.role.id)).toEqual(['a0', 'b0']);
    expect(trees[1]?.next.map((n) => [n.tree.role.id, n.tree.shownAbove])).toEqual([
      ['a1', true],
      ['b1', true],
    ]);
    expect(nodes(trees)).toHaveLength(2 + 2 * 2 * 39);
  });

  it('draws a reference as "see above", and a role that leads nowhere plainly', () => {
    const knowledgeBase = knowledgeBaseOf(
      new Map([
        ['a', ['b', 'c']],
        ['b', ['d']],
        ['c', ['d']],
        ['d', ['e']],
        ['e', []],
        ['f', ['e']],
      ]),
    );
    const text = renderTrees(
      advancementTrees(knowledgeBase, startingRoles(knowledgeBase)),
      plain,
    ).replace(/ {2}fit \d+%, \d+ new responsibilit(y|ies)/g, '');
    expect(text).toBe(
      [
        'Role a (a)',
        '├─ Role b (b)',
        '│  └─ Role d (d)',
        '│     └─ Role e (e)',
        '└─ Role c (c)',
        '   └─ Role d (d)  … see above',
        '',
        'Role f (f)',
        '└─ Role e (e)',
        '',
      ].join('\n'),
    );
  });
});

describe('graph walks over long chains', () => {
  it('draw a 20,000-role chain in lines of bounded width, each role once, continued below', () => {
    const knowledgeBase = knowledgeBaseOf(chain(20_000));
    const text = renderTrees(advancementTrees(knowledgeBase, startingRoles(knowledgeBase)), plain);
    const lines = text.split('\n');
    const ids = [...text.matchAll(/\((r\d+)\)/g)].map((m) => m[1]);
    // Each role is drawn once, plus once more as the root of each continued tree.
    const continued = lines.filter((line) => line.endsWith('… continued below')).length;
    expect(continued).toBe(Math.floor((20_000 - 2) / MAX_TREE_DEPTH));
    expect(lines.filter((line) => line.endsWith('  continued'))).toHaveLength(continued);
    expect(ids).toHaveLength(20_000 + continued);
    expect(new Set(ids).size).toBe(20_000);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(3 * MAX_TREE_DEPTH + 80);
  });

  it('find a route the length of the chain, and every role it reaches', () => {
    const knowledgeBase = knowledgeBaseOf(chain(20_000));
    const route = findRoute(knowledgeBase, get(knowledgeBase, 'r0'), get(knowledgeBase, 'r19999'));
    expect(route).toHaveLength(19_999);
    expect(route?.[19_998]?.to.id).toBe('r19999');
    expect(reachableRoles(knowledgeBase, get(knowledgeBase, 'r0'))).toHaveLength(20_000);
  });
});

describe('graph walks over 50,000 roles, in any shape', () => {
  const shapes: [string, Map<string, string[]>, string, string][] = [
    ['a chain', chain(50_000), 'r0', 'r49999'],
    ['a diamond ladder', diamondLadder(25_000), 'a0', 'b24999'],
    [
      'one role leading to all others',
      new Map([
        ['r0', Array.from({ length: 49_999 }, (_, i) => `r${i + 1}`)],
        ...Array.from({ length: 49_999 }, (_, i): [string, string[]] => [`r${i + 1}`, []]),
      ]),
      'r0',
      'r49999',
    ],
    ['a random graph', randomGraph(50_000), 'r0', 'r49999'],
  ];
  for (const [name, edges, first, last] of shapes) {
    it(`finish on ${name}, with every edge once`, () => {
      const knowledgeBase = knowledgeBaseOf(edges);
      const edgeCount = [...edges.values()].reduce((n, next) => n + next.length, 0);
      const starts = startingRoles(knowledgeBase);
      const trees = advancementTrees(knowledgeBase, starts);
      const reachedFromStarts = new Set(nodes(trees).map((n) => n.role.id));
      expect(reachedFromStarts.size).toBe(50_000);
      expect(nodes(trees)).toHaveLength(starts.length + edgeCount);
      expect(renderTrees(trees, plain).length).toBeGreaterThan(0);
      expect(allSteps(knowledgeBase)).toHaveLength(edgeCount);
      const from = get(knowledgeBase, first);
      expect(reachableRoles(knowledgeBase, from).length).toBeGreaterThan(1);
      expect(findRoute(knowledgeBase, from, get(knowledgeBase, last))).toBeDefined();
      const reverseEdges = knowledgeBase.roles.reduce(
        (n, role) => n + previousRoles(knowledgeBase, role).length,
        0,
      );
      expect(reverseEdges).toBe(edgeCount);
    }, 120_000); // A hang guard only: a linear walk takes a second or two.
  }
});
