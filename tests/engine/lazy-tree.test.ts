import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { decodeTree, encodeTree } from '../../src/engine/lazy-tree.js';

/** minisearch's term tree for a few documents: nodes, shared prefixes, leaves of several fields. */
function termTree(): Map<string, unknown> {
  const index = new MiniSearch({ fields: ['title', 'text'] });
  index.addAll([
    {
      id: 'a',
      title: 'SEO specialist',
      text: 'Develop optimization strategies; implement keywords',
    },
    {
      id: 'b',
      title: 'SEM specialist',
      text: 'Perform research on keywords for pay-per-click ads',
    },
    { id: 'c', title: 'Café manager', text: 'Plan the menu, the café and its stock' },
  ]);
  return (index as unknown as { _index: { _tree: Map<string, unknown> } })._index._tree;
}

/** A tree as plain data, every Map an array of its entries, to compare two trees whole. */
const plain = (value: unknown): unknown =>
  value instanceof Map ? [...value].map(([key, inner]) => [key, plain(inner)]) : value;

describe('the term tree, read a node at a time', () => {
  it('reads back as the tree that was written, node for node, leaf for leaf', () => {
    const tree = termTree();
    expect(plain(decodeTree(encodeTree(tree)))).toEqual(plain(tree));
  });

  it('reads a node only when it is first asked anything', () => {
    const tree = termTree();
    const bytes = encodeTree(tree);
    const decoded = decodeTree(bytes);
    // Spoil every byte but the root's record: the root still answers, a child does not.
    const root = bytes.readUInt32LE(bytes.length - 4);
    const spoiled = Buffer.from(bytes);
    spoiled.fill(0xff, 0, root);
    const lazy = decodeTree(spoiled);
    expect([...lazy.keys()]).toEqual([...decoded.keys()]);
    // A child is there, as a node not read yet: asking it anything reads its (spoiled) record.
    const child = lazy.get([...lazy.keys()][0] as string) as Map<string, unknown>;
    expect(child).toBeInstanceOf(Map);
    expect(() => child.size).toThrow(RangeError);
  });
});
