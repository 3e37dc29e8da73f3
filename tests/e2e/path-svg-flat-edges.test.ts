import { describe, expect, it } from 'vitest';
import { career } from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';
import { allElements, parseXml, type XmlElement } from '../helpers/xml.js';

/**
 * An advancement edge between two roles of one track and level (O*NET has
 * many: staff to their first-line supervisors, both in job zone 2) is a
 * "flat" edge inside a cluster. Labelled as the others, Graphviz's dot
 * lost some of them: on the O*NET import `path --format svg` drew 12 of
 * its 1,793 arrows as a floating "fit N%" with no line, said "lost … edge"
 * only among its own results, and wrote "lib/pathplan/shortest.c:333:
 * triangulation failed" straight to stderr. This ladder, of two tracks
 * and two levels, is the smallest kind found that loses one.
 */
const KB = writeTree({
  'roles.yaml': `tracks:
  - id: track-0
    title: Track 0
    focus: Work 0.
  - id: track-1
    title: Track 1
    focus: Work 1.
levels:
  - id: l0
    title: L0
    rank: 1
  - id: l1
    title: L1
    rank: 2
roles:
  - id: t0l0r0
    title: Role t0l0r0 title
    track: track-0
    level: l0
    summary: S.
    responsibilities: [Quartz]
    advancesTo: [t0l1r0]
  - id: t0l0r1
    title: Role t0l0r1 title
    track: track-0
    level: l0
    summary: S.
    responsibilities: [Ember]
    advancesTo: [t1l1r1]
  - id: t0l0r2
    title: Role t0l0r2 title
    track: track-0
    level: l0
    summary: S.
    responsibilities: [Velvet]
    advancesTo: [t0l1r0]
  - id: t0l0r3
    title: Role t0l0r3 title
    track: track-0
    level: l0
    summary: S.
    responsibilities: [Cobalt]
    advancesTo: []
  - id: t0l1r0
    title: Role t0l1r0 title
    track: track-0
    level: l1
    summary: S.
    responsibilities: [Saffron]
    advancesTo: []
  - id: t0l1r1
    title: Role t0l1r1 title
    track: track-0
    level: l1
    summary: S.
    responsibilities: [Tundra]
    advancesTo: []
  - id: t0l1r2
    title: Role t0l1r2 title
    track: track-0
    level: l1
    summary: S.
    responsibilities: [Marble]
    advancesTo: []
  - id: t0l1r3
    title: Role t0l1r3 title
    track: track-0
    level: l1
    summary: S.
    responsibilities: [Juniper]
    advancesTo: []
  - id: t1l0r0
    title: Role t1l0r0 title
    track: track-1
    level: l0
    summary: S.
    responsibilities: [Basalt]
    advancesTo: []
  - id: t1l0r1
    title: Role t1l0r1 title
    track: track-1
    level: l0
    summary: S.
    responsibilities: [Lagoon]
    advancesTo: [t1l0r3]
  - id: t1l0r2
    title: Role t1l0r2 title
    track: track-1
    level: l0
    summary: S.
    responsibilities: [Onyx]
    advancesTo: [t1l0r3]
  - id: t1l0r3
    title: Role t1l0r3 title
    track: track-1
    level: l0
    summary: S.
    responsibilities: [Prairie]
    advancesTo: []
  - id: t1l1r0
    title: Role t1l1r0 title
    track: track-1
    level: l1
    summary: S.
    responsibilities: [Cinder]
    advancesTo: [t1l1r3]
  - id: t1l1r1
    title: Role t1l1r1 title
    track: track-1
    level: l1
    summary: S.
    responsibilities: [Walnut]
    advancesTo: []
  - id: t1l1r2
    title: Role t1l1r2 title
    track: track-1
    level: l1
    summary: S.
    responsibilities: [Glacier]
    advancesTo: [t1l1r3]
  - id: t1l1r3
    title: Role t1l1r3 title
    track: track-1
    level: l1
    summary: S.
    responsibilities: [Harbor]
    advancesTo: []
`,
});

const titleOf = (e: XmlElement) => e.children.find((c) => c.name === 'title')?.text;

describe('path --format svg with edges between roles of one level', () => {
  it('draws every advancement edge as a line, and writes nothing to stderr', async () => {
    const { stdout, stderr, code } = await career([
      '--no-builtin',
      '--data',
      KB,
      'path',
      '--format',
      'svg',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    const edges = allElements(parseXml(stdout)).filter((e) => e.attributes.class === 'edge');
    expect(edges).toHaveLength(7);
    const unlined = edges.filter((edge) => !allElements(edge).some((e) => e.name === 'path'));
    expect(unlined.map(titleOf)).toEqual([]);
  });

  it('labels such an edge beside its line in DOT too, so Graphviz run by hand keeps it', async () => {
    const { stdout } = await career(['--no-builtin', '--data', KB, 'path', '--format', 'dot']);
    // t1l1r0 -> t1l1r3: both Track 1, level L1.
    expect(stdout).toContain('"t1l1r0" -> "t1l1r3" [xlabel="fit 0%"];');
    expect(stdout).toContain('"t0l0r0" -> "t0l1r0" [label="fit 0%"];');
  });
});
