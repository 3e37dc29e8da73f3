import { describe, expect, it } from 'vitest';
import { allElements, parseXml } from '../../helpers/xml.js';

// The SVG tests rest on this checker: it must refuse what a browser refuses.
describe('the XML checker the SVG tests use', () => {
  it('reads a well-formed document', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<svg a="1"><g><text x=\'2\'>A &amp; B</text></g><rect/></svg>\n',
    );
    expect(allElements(root).map((e) => e.name)).toEqual(['svg', 'g', 'text', 'rect']);
    expect(root.attributes).toEqual({ a: '1' });
  });

  it.each([
    ['<svg><g></svg>', 'expected </g>'],
    ['<svg>A & B</svg>', 'a bare &'],
    ['<svg a=1/>', 'expected ="value"'],
    ['<svg a="1" a="2"/>', 'attribute a twice'],
    ['<svg/><svg/>', 'content after the root element'],
    ['<svg a="<"/>', 'a bare <'],
  ])('refuses %s', (source, why) => {
    expect(() => parseXml(source)).toThrow(why);
  });
});
