/**
 * minisearch's term tree (a radix tree of Maps, the full-text index's
 * bulk: 1.4 MB for an O*NET import) in a form read a node at a time. A
 * search walks few of its nodes: a term's path, the words it starts, those
 * a typo away; restoring the whole tree first (V8's deserializer) was most
 * of a search that reads it, and its garbage most of the rest.
 *
 * Each node is a record of its children: the key, and where the child's own
 * record is, a node's or a leaf's. A leaf is the term's data as minisearch
 * keeps it: a Map from field number to a Map from document number to the
 * term's count. A node read back is a Map that reads its record the first
 * time any of its methods is called, so minisearch, which only reads the
 * tree, finds the Maps it made.
 */

type Tree = Map<string, unknown>;
type Leaf = Map<number, Map<number, number>>;

const LEAF = '';

/** The tree as bytes: records after one another, the root's first. */
export function encodeTree(tree: Tree): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  const put = (bytes: Buffer) => {
    const at = size;
    chunks.push(bytes);
    size += bytes.length;
    return at;
  };
  // A node's record is written after its children's (they must have offsets): the root last,
  // its offset in the last 4 bytes.
  const node = (map: Tree): number => {
    const children: { key: Buffer; leaf: boolean; at: number }[] = [];
    for (const [key, value] of map) {
      if (key === LEAF)
        children.push({ key: Buffer.alloc(0), leaf: true, at: leaf(value as Leaf) });
      else children.push({ key: Buffer.from(key, 'utf8'), leaf: false, at: node(value as Tree) });
    }
    const record = Buffer.alloc(
      4 + children.reduce((sum, child) => sum + 2 + child.key.length + 1 + 4, 0),
    );
    let offset = record.writeUInt32LE(children.length, 0);
    for (const child of children) {
      offset = record.writeUInt16LE(child.key.length, offset);
      offset += child.key.copy(record, offset);
      offset = record.writeUInt8(child.leaf ? 1 : 0, offset);
      offset = record.writeUInt32LE(child.at, offset);
    }
    return put(record);
  };
  const leaf = (data: Leaf): number => {
    let length = 2;
    for (const documents of data.values()) length += 2 + 4 + documents.size * 8;
    const record = Buffer.alloc(length);
    let offset = record.writeUInt16LE(data.size, 0);
    for (const [field, documents] of data) {
      offset = record.writeUInt16LE(field, offset);
      offset = record.writeUInt32LE(documents.size, offset);
      for (const [document, count] of documents) {
        offset = record.writeUInt32LE(document, offset);
        offset = record.writeUInt32LE(count, offset);
      }
    }
    return put(record);
  };
  const root = node(tree);
  const end = Buffer.alloc(4);
  end.writeUInt32LE(root, 0);
  chunks.push(end);
  return Buffer.concat(chunks);
}

function readLeaf(bytes: Buffer, at: number): Leaf {
  const data: Leaf = new Map();
  const fields = bytes.readUInt16LE(at);
  let offset = at + 2;
  for (let f = 0; f < fields; f++) {
    const field = bytes.readUInt16LE(offset);
    const count = bytes.readUInt32LE(offset + 2);
    offset += 6;
    const documents = new Map<number, number>();
    for (let d = 0; d < count; d++, offset += 8)
      documents.set(bytes.readUInt32LE(offset), bytes.readUInt32LE(offset + 4));
    data.set(field, documents);
  }
  return data;
}

/** A node of the tree that reads its children the first time it is asked anything. */
class LazyNode extends Map<string, unknown> {
  #bytes: Buffer | undefined;
  #at: number;

  constructor(bytes: Buffer, at: number) {
    super();
    this.#bytes = bytes;
    this.#at = at;
  }

  #read(): void {
    const bytes = this.#bytes;
    if (!bytes) return;
    this.#bytes = undefined;
    const children = bytes.readUInt32LE(this.#at);
    let offset = this.#at + 4;
    for (let c = 0; c < children; c++) {
      const length = bytes.readUInt16LE(offset);
      const key = bytes.toString('utf8', offset + 2, offset + 2 + length);
      offset += 2 + length;
      const leaf = bytes.readUInt8(offset) === 1;
      const at = bytes.readUInt32LE(offset + 1);
      offset += 5;
      super.set(key, leaf ? readLeaf(bytes, at) : new LazyNode(bytes, at));
    }
  }

  override get size(): number {
    this.#read();
    return super.size;
  }
  override get(key: string): unknown {
    this.#read();
    return super.get(key);
  }
  override has(key: string): boolean {
    this.#read();
    return super.has(key);
  }
  override set(key: string, value: unknown): this {
    this.#read();
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.#read();
    return super.delete(key);
  }
  override clear(): void {
    this.#bytes = undefined;
    super.clear();
  }
  override keys(): MapIterator<string> {
    this.#read();
    return super.keys();
  }
  override values(): MapIterator<unknown> {
    this.#read();
    return super.values();
  }
  override entries(): MapIterator<[string, unknown]> {
    this.#read();
    return super.entries();
  }
  override forEach(
    callback: (value: unknown, key: string, map: Map<string, unknown>) => void,
    thisArg?: unknown,
  ): void {
    this.#read();
    super.forEach(callback, thisArg);
  }
  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    this.#read();
    return super[Symbol.iterator]();
  }
}

/** The tree of `encodeTree`'s bytes, each node read when first used; throws on bytes too short. */
export function decodeTree(bytes: Buffer): Tree {
  if (bytes.length < 8) throw new Error('not a term tree');
  return new LazyNode(bytes, bytes.readUInt32LE(bytes.length - 4));
}
