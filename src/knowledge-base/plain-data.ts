import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { MAX_FILE_BYTES } from './files.js';

/** Something in a YAML document that is not plain data, at an offset in its text. */
export interface NodeProblem {
  offset: number;
  message: string;
}

/**
 * How much aliases may add to a document, counted as the JSON text of what
 * they repeat: as much as one file may hold. A file that uses anchors to
 * repeat a few lines gains kilobytes; a document that repeats a large
 * value over and over (an "alias bomb") would grow to gigabytes, and
 * everything after the parser (validation, the cache, the search index)
 * would pay for the expanded size.
 */
export const MAX_ALIAS_BYTES = MAX_FILE_BYTES;

/** The tags of YAML's core schema: all a knowledge base needs (text, numbers, true/false, lists, mappings). */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

type Slot = unknown; // a Node, a Pair, or null (an empty value)

interface Frame {
  node: Slot;
  /** The node's children, and how to put another node in each child's place. */
  children: { node: Slot; replace: (node: Node) => void }[];
  next: number;
  /** The expanded size of the children done so far. */
  size: number;
}

function childrenOf(node: Slot): Frame['children'] {
  if (isMap(node) || isSeq(node)) {
    const items = node.items as Slot[];
    return items.map((item, i) => ({
      node: item,
      replace: (other: Node) => {
        items[i] = other;
      },
    }));
  }
  if (isPair(node)) {
    const pair = node as Pair<unknown, unknown>;
    return [
      {
        node: pair.key,
        replace: (other) => {
          pair.key = other;
        },
      },
      {
        node: pair.value,
        replace: (other) => {
          pair.value = other;
        },
      },
    ];
  }
  return [];
}

/** What a finished node adds to its parent, over its children's sizes: brackets, quotes, separators. */
function ownSize(node: Slot): number {
  if (isScalar(node)) return typeof node.value === 'string' ? node.value.length + 3 : 8;
  if (isPair(node)) return 2;
  if (isMap(node) || isSeq(node)) return 2;
  return 5; // null
}

/**
 * Makes a parsed document plain data, or says why it is not: every alias is
 * replaced by the node its anchor names, after checking that all the
 * aliases together add at most MAX_ALIAS_BYTES (measured without expanding
 * anything: each node's expanded size is worked out once, in document
 * order), and that no node carries a tag outside YAML's core schema
 * (`!!js/function`, `!evil`, `!!binary`), which the parser would otherwise
 * ignore or turn into something that is not text.
 *
 * Replacing aliases first makes the conversion to JavaScript linear: the
 * YAML library looks each alias up among all the anchors and aliases before
 * it, which grows with the square of their number. The walk is iterative:
 * no recursion depth tied to the data.
 */
export function makePlainData(document: Document, maxAliasBytes = MAX_ALIAS_BYTES): NodeProblem[] {
  const problems: NodeProblem[] = [];
  const offsetOf = (node: Slot) => (node as Node | null)?.range?.[0] ?? 0;
  // Each anchor's latest node before the point reached: the node an alias at that point names.
  const anchors = new Map<string, Node>();
  const sizes = new Map<Slot, number>();
  let added = 0;

  const enter = (node: Slot): Frame => {
    const tag = (node as Node | null)?.tag;
    if (tag !== undefined && !CORE_TAGS.has(tag))
      problems.push({
        offset: offsetOf(node),
        message: `the YAML tag "${shortTag(tag)}" is not allowed: knowledge-base files hold plain text, numbers, lists and mappings; remove the tag`,
      });
    const anchor = (node as Node | null)?.anchor;
    if (anchor) anchors.set(anchor, node as Node);
    return { node, children: childrenOf(node), next: 0, size: 0 };
  };

  const root: { node: Slot; replace: (node: Node) => void } = {
    node: document.contents,
    replace: (other) => {
      document.contents = other as typeof document.contents;
    },
  };
  const stack: Frame[] = [];
  // Visits a child: an alias is resolved at once; anything else is entered.
  const visit = (child: typeof root, parent: Frame | undefined): boolean => {
    if (!isAlias(child.node)) {
      stack.push(enter(child.node));
      return true;
    }
    const alias = child.node;
    const target = anchors.get(alias.source);
    const size = target === undefined ? undefined : sizes.get(target);
    if (target === undefined) {
      problems.push({
        offset: offsetOf(alias),
        message: `invalid YAML: the alias "*${alias.source}" names no anchor before it (an anchor "&${alias.source}" must come first)`,
      });
      return false;
    }
    if (size === undefined) {
      problems.push({
        offset: offsetOf(alias),
        message: `invalid YAML: the alias "*${alias.source}" stands inside the value it repeats, which would never end`,
      });
      return false;
    }
    added += size;
    if (added > maxAliasBytes) {
      problems.push({
        offset: offsetOf(alias),
        message: `invalid YAML: too many aliases: what they repeat would grow the document by more than ${maxAliasBytes / 1024 / 1024} MiB, the most one file may hold (an "alias bomb")`,
      });
      return false;
    }
    child.replace(target);
    if (parent) parent.size += size;
    else sizes.set(alias, size);
    return true;
  };

  if (!visit(root, undefined)) return problems;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.children[frame.next++];
    if (child) {
      if (!visit(child, frame)) return problems;
      continue;
    }
    stack.pop();
    const size = frame.size + ownSize(frame.node) + frame.children.length;
    sizes.set(frame.node, size);
    const parent = stack[stack.length - 1];
    if (parent) parent.size += size;
  }
  return problems;
}
