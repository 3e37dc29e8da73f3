/** An element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text as a reader sees it: entities replaced by their characters. */
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, entity: string) =>
    entity.startsWith('#x')
      ? String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(Number(entity.slice(1)))
        : (NAMED[entity] ?? ''),
  );
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/**
 * A strict, small XML well-formedness parser for tests: one root element,
 * every tag closed in order, attributes quoted and not repeated, no bare
 * `&` or `<` in text or values. Throws with the offset of the first fault.
 * (No XML parser is among the devDependencies, and this is all a test of
 * hand-written SVG needs.)
 */
export function parseXml(source: string): XmlElement {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(
      `not well-formed XML at ${at}: ${why} (${JSON.stringify(source.slice(at, at + 40))})`,
    );
  };
  const checkText = (text: string) => {
    for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(text)) fail(`a bare & in ${JSON.stringify(text.slice(i, i + 12))}`);
    }
    if (text.includes('<')) fail('a bare <');
  };
  const skipMisc = () => {
    for (;;) {
      const rest = source.slice(at);
      const space = /^\s+/.exec(rest);
      if (space) at += space[0].length;
      else if (source.startsWith('<?', at)) {
        const end = source.indexOf('?>', at);
        if (end < 0) fail('an unclosed <?');
        at = end + 2;
      } else if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at);
        if (end < 0) fail('an unclosed comment');
        at = end + 3;
      } else if (source.startsWith('<!DOCTYPE', at)) {
        // Graphviz's SVG names its DTD; no internal subset, so the first > ends it.
        const end = source.indexOf('>', at);
        if (end < 0) fail('an unclosed <!DOCTYPE');
        at = end + 1;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (source[at] !== '<') fail('expected <');
    at++;
    const name = NAME.exec(source.slice(at))?.[0] ?? fail('expected a tag name');
    at += name.length;
    const node: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      const space = /^\s*/.exec(source.slice(at))?.[0] ?? '';
      at += space.length;
      if (source.startsWith('/>', at)) {
        at += 2;
        return node;
      }
      if (source[at] === '>') {
        at++;
        break;
      }
      if (space === '') fail('expected a space before an attribute');
      const attribute = NAME.exec(source.slice(at))?.[0] ?? fail('expected an attribute name');
      at += attribute.length;
      if (attribute in node.attributes) fail(`attribute ${attribute} twice`);
      const value =
        /^\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(at)) ?? fail('expected ="value"');
      at += value[0].length;
      const text = value[2] ?? value[3] ?? '';
      checkText(text);
      node.attributes[attribute] = decode(text);
    }
    for (;;) {
      const next = source.indexOf('<', at);
      if (next < 0) fail(`</${name}> missing`);
      const text = source.slice(at, next);
      checkText(text);
      node.text += decode(text);
      at = next;
      if (source.startsWith('</', at)) {
        at += 2;
        if (!source.startsWith(name, at)) fail(`expected </${name}>`);
        at += name.length;
        const close = /^\s*>/.exec(source.slice(at)) ?? fail('expected >');
        at += close[0].length;
        return node;
      }
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at);
        if (end < 0) fail('an unclosed comment');
        at = end + 3;
      } else node.children.push(element());
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (at !== source.length) fail('content after the root element');
  return root;
}

/** Every element below `root` (and itself), depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
