import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, ROOT, worldReadableCopy } from '../helpers/cli.js';
import { allElements, parseXml, type XmlElement } from '../helpers/xml.js';

const titleOf = (e: XmlElement) => e.children.find((c) => c.name === 'title')?.text;
const classed = (root: XmlElement, name: string) =>
  allElements(root).filter((e) => e.attributes.class === name);

describe('career path --format svg', () => {
  it('draws the whole ladder in-process: one node per role, each track a cluster, levels in rows', async () => {
    const { stdout, stderr, code } = await career(['path', '--format', 'svg']);
    expect([code, stderr]).toEqual([0, '']);
    const svg = parseXml(stdout);
    expect(svg.name).toBe('svg');
    // Its title first, for screen readers and browser tabs.
    expect(svg.children[0]).toMatchObject({ name: 'title', text: 'Where the roles lead' });
    const roles = JSON.parse((await career(['list', '--json'])).stdout) as {
      id: string;
      level: string;
    }[];
    const nodes = classed(svg, 'node');
    expect(nodes.map(titleOf).sort()).toEqual(roles.map((r) => r.id).sort());
    expect(
      classed(svg, 'cluster').map((c) =>
        allElements(c)
          .filter((e) => e.name === 'text')
          .map((t) => t.text)
          .join(' '),
      ),
    ).toEqual([
      expect.stringContaining('Digital marketing'),
      expect.stringContaining('E-commerce'),
    ]);
    // A row per level: every associate role's box sits on one line, the advanced ones above it.
    const y = (id: string) => {
      const node = nodes.find((n) => titleOf(n) === id) as XmlElement;
      const box = allElements(node).find((e) => e.name === 'path' || e.name === 'polygon');
      return Number(
        /(?:M|points=)?[\d.-]+,(-?[\d.]+)/.exec(
          box?.attributes.d ?? box?.attributes.points ?? '',
        )?.[1],
      );
    };
    const digital = roles.filter((r) => !r.id.startsWith('e-commerce'));
    const rows = (level: string) =>
      new Set(digital.filter((r) => r.level === level).map((r) => Math.round(y(r.id))));
    expect(rows('associate').size).toBe(1);
    expect(rows('advanced').size).toBe(1);
    expect([...rows('advanced')][0]).toBeLessThan([...rows('associate')][0] as number);
    expect(classed(svg, 'edge').length).toBeGreaterThan(10);
  });

  it('draws a route, one node per role on it', async () => {
    const { stdout, code } = await career(['path', 'sem', '--to', 'dmm', '--format', 'svg']);
    expect(code).toBe(0);
    expect(classed(parseXml(stdout), 'node').map(titleOf)).toEqual([
      'sem-specialist',
      'digital-marketing-manager',
    ]);
  });

  it('keeps the DOT text as it was, levels of a track on one rank', async () => {
    const { stdout } = await career(['path', '--format', 'dot']);
    expect(stdout).toMatch(/^digraph career \{\n {2}rankdir=LR;\n/);
    expect(stdout).toContain('    { rank=same; "e-commerce-analyst"; "e-commerce-specialist"; }\n');
  });

  it('loads Graphviz only for svg: without it, every other command still runs', async () => {
    const bin = worldReadableCopy();
    rmSync(join(dirname(bin), '..', 'dist', 'vendor-viz-js-viz.cjs.br'));
    for (const args of [
      ['list', '--json'],
      ['--help'],
      ['path', '--format', 'dot'],
      ['show', 'seo'],
    ])
      expect((await career(args, { bin })).code).toBe(0);
    expect((await career(['path', '--format', 'svg'], { bin })).code).toBe(70);
  });

  it('the ladder in docs/ is a drawing of every built-in role', async () => {
    const svg = parseXml(readFileSync(join(ROOT, 'docs', 'ladder.svg'), 'utf8'));
    const roles = JSON.parse((await career(['list', '--json'])).stdout) as { id: string }[];
    expect(classed(svg, 'node').map(titleOf).sort()).toEqual(roles.map((r) => r.id).sort());
  });
});
