import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export type FieldPath = readonly (string | number)[];

/** `roles[2].advancesTo[0]`: how a field is named in messages. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * Finds where a field stands in the YAML source. It walks the document's
 * nodes along the path as far as they go, so a missing field is reported at
 * the object that should have held it. With `atKey`, the last step points at
 * the key itself (for an unknown key) rather than at its value.
 */
export class SourceMap {
  constructor(
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  position(path: FieldPath, atKey = false): { line: number; column: number } {
    let node: unknown = this.document.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (const [index, key] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        const last = index === path.length - 1;
        const target = atKey && last ? pair.key : (pair.value ?? pair.key);
        offset = (target as Node | null)?.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!item) break;
        offset = (item as Node).range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}
