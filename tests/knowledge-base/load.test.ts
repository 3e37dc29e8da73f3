import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, KnowledgeBaseError } from '../../src/knowledge-base/errors.js';
import { checkKnowledgeBase, loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { role, TRACKS, writeTree } from '../helpers/files.js';

/** Every issue, formatted as the CLI prints it, with the temporary folder cut off. */
function problems(files: Record<string, string | Buffer>): string[] {
  const root = writeTree(files);
  return checkKnowledgeBase([root]).issues.map((issue) =>
    formatIssue(issue).replace(`${root}/`, ''),
  );
}

describe('loading a knowledge base', () => {
  it('joins the sections of every YAML file below a folder', () => {
    const root = writeTree({
      'tracks.yaml': TRACKS,
      'roles/a.yaml': `roles:\n${role('first', '', '[second]')}`,
      'roles/b.yml': `roles:\n${role('second')}`,
      'notes.txt': 'not YAML, not read',
    });
    const knowledgeBase = loadKnowledgeBase([root]);
    expect(knowledgeBase.roles.map((r) => r.id)).toEqual(['first', 'second']);
    expect(knowledgeBase.tracks.map((t) => t.id)).toEqual(['marketing']);
    expect(knowledgeBase.roles[1]?.aliases).toEqual([]);
  });

  it('reports invalid YAML at its line and column', () => {
    expect(problems({ 'kb.yaml': `${TRACKS}roles:\n  - id: x\n    title: [unclosed\n` })).toEqual([
      'kb.yaml:17:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports a duplicated key instead of keeping the last one', () => {
    const [issue] = problems({ 'kb.yaml': `${TRACKS}roles:\n${role('a')}    title: again\n` });
    expect(issue).toMatch(/^kb\.yaml:23:5: invalid YAML: Map keys must be unique/);
  });

  it('names an unknown field at its key, with a suggestion for a misspelling', () => {
    const text = `${TRACKS}roles:\n${role('a')}`.replace('responsibilities:', 'responsibilites:');
    expect(problems({ 'kb.yaml': text })).toEqual([
      'kb.yaml:15:5: roles[0].responsibilities: is required (a list)',
      'kb.yaml:20:5: roles[0].responsibilites: unknown field, did you mean "responsibilities"?',
    ]);
  });

  it('names a missing field and a field of the wrong type', () => {
    const text = `${TRACKS}roles:\n${role('a')}`
      .replace('    title: a title\n', '')
      .replace('Does a things.', '42');
    expect(problems({ 'kb.yaml': text })).toEqual([
      'kb.yaml:15:5: roles[0].title: is required (text)',
      'kb.yaml:18:14: roles[0].summary: must be text, not number 42',
    ]);
  });

  it('rejects a role with no responsibilities and an id that is not kebab-case', () => {
    const text = `${TRACKS}roles:\n${role('a')}`
      .replace('      - Do the a work\n', '')
      .replace('responsibilities:', 'responsibilities: []')
      .replace('id: a', 'id: Not_Kebab');
    expect(problems({ 'kb.yaml': text })).toEqual([
      'kb.yaml:15:9: roles[0].id: must be a kebab-case id, like "seo-specialist"',
      'kb.yaml:20:23: roles[0].responsibilities: must list at least one responsibility',
    ]);
  });

  it('rejects an unknown section with a suggestion', () => {
    expect(problems({ 'kb.yaml': `${TRACKS}role:\n${role('a')}` })).toEqual([
      'kb.yaml:14:1: role: unknown field, did you mean "roles"?',
    ]);
  });

  it('reports a duplicate id in another file, naming where it was first defined', () => {
    const issues = problems({
      'a.yaml': `${TRACKS}roles:\n${role('same')}`,
      'b.yaml': `roles:\n${role('same')}`,
    });
    expect(issues).toEqual([
      'b.yaml:2:9: roles[0].id: duplicate id "same", first defined at ' +
        issues[0]?.split(' at ')[1],
    ]);
    expect(issues[0]).toMatch(/first defined at \/.*a\.yaml:15$/);
  });

  it('reports an advancement edge to a role that does not exist, with a suggestion', () => {
    const text = `${TRACKS}roles:\n${role('analyst', '', '[manger]')}${role('manager')}`;
    expect(problems({ 'kb.yaml': text })).toEqual([
      'kb.yaml:22:18: roles[0].advancesTo[0]: unknown role "manger", did you mean "manager"?',
    ]);
  });

  it('reports an unknown track or level, an edge to itself, and an edge listed twice', () => {
    const text = `${TRACKS}roles:\n${role('a', '', '[a, b, b]')}${role('b')}`
      .replace('track: marketing', 'track: marketting')
      .replace('level: junior', 'level: middle');
    expect(problems({ 'kb.yaml': text })).toEqual([
      'kb.yaml:17:12: roles[0].track: unknown track "marketting", did you mean "marketing"?',
      'kb.yaml:18:12: roles[0].level: unknown level "middle"',
      'kb.yaml:22:18: roles[0].advancesTo[0]: a role cannot advance to itself',
      'kb.yaml:22:24: roles[0].advancesTo[2]: "b" is listed twice',
    ]);
  });

  it('reports advancement edges that loop back', () => {
    const text = `${TRACKS}roles:\n${role('a', '', '[b]')}${role('b', '', '[c]')}${role('c', '', '[a]')}`;
    expect(problems({ 'kb.yaml': text })).toEqual([
      'kb.yaml:22:17: roles[0].advancesTo: advancement edges loop back on themselves: a → b → c → a',
    ]);
  });

  it('reports every problem of every file at once', () => {
    const issues = problems({
      'a.yaml': `${TRACKS}roles:\n${role('a', '', '[nowhere]')}`,
      'b.yaml': 'roles: [',
      'c.yaml': '',
      'd.yaml': '- just a list',
    });
    expect(issues.map((i) => i.split(':')[0])).toEqual(['b.yaml', 'c.yaml', 'd.yaml', 'a.yaml']);
    expect(issues[1]).toBe(
      'c.yaml:1:1: the file is empty: expected sections such as "roles:" or "tracks:"',
    );
    expect(issues[2]).toBe(
      'd.yaml:1:1: expected a mapping of sections such as "roles:" or "tracks:", not a list',
    );
  });

  it('refuses binary and non-UTF-8 files, and paths that do not exist', () => {
    const root = writeTree({
      'binary.yaml': Buffer.from([0x72, 0x00, 0x01]),
      'latin1.yaml': Buffer.from('title: caf\xe9\n', 'latin1'),
    });
    const { issues } = checkKnowledgeBase([root, join(root, 'missing')]);
    expect(issues.map(formatIssue)).toEqual([
      `${join(root, 'binary.yaml')}: is a binary file, not YAML text`,
      `${join(root, 'latin1.yaml')}: is not UTF-8 text`,
      `${join(root, 'missing')}: no such file or directory`,
    ]);
  });

  // root reads every file, so there it cannot be refused; tests/e2e/own-data.test.ts runs the
  // same case through the CLI as another user.
  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', () => {
    const root = writeTree({ 'kb.yaml': TRACKS });
    chmodSync(join(root, 'kb.yaml'), 0o000);
    expect(checkKnowledgeBase([root]).issues.map(formatIssue)).toEqual([
      `${join(root, 'kb.yaml')}: permission denied`,
    ]);
  });

  it('stops a YAML alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const [issue] = problems({ 'bomb.yaml': `${bomb.join('\n')}\n` });
    expect(issue).toBe(
      'bomb.yaml:7:16: invalid YAML: too many aliases: what they repeat would grow the document by more than 16 MiB, the most one file may hold (an "alias bomb")',
    );
  });

  it('throws a KnowledgeBaseError carrying every issue', () => {
    const root = writeTree({ 'kb.yaml': 'roles: 3\ntracks: 4\n' });
    expect(() => loadKnowledgeBase([root])).toThrow(KnowledgeBaseError);
    try {
      loadKnowledgeBase([root]);
    } catch (error) {
      expect((error as KnowledgeBaseError).issues.map((i) => i.field)).toEqual(['roles', 'tracks']);
    }
  });
});

describe('loading the readiness check', () => {
  const GUIDE = `signals:
  - id: goals
    title: Goals
    statement: You meet them.
guidance:
  - id: weigh
    title: Weigh it
    summary: Step back.
    points: [Step back.]
`;
  const question = (id: string, extra: string) => `    - id: ${id}
      title: ${id}
      prompt: ${id}?
      weight: 1
      step: Do better.
${extra}`;
  const scale = `      kind: scale
      signal: goals
      options:
        - { id: low, label: Low, reason: Low., score: 0 }
        - { id: high, label: High, reason: High., score: 1 }
`;

  it('accepts a well-formed check', () => {
    const root = writeTree({
      'kb.yaml': `${GUIDE}readiness:
  questions:
${question('q', scale)}  verdicts:
    - { id: ready, title: Ready, summary: Go., minimum: 70, guidance: [weigh] }
    - { id: later, title: Later, summary: Wait., minimum: 0 }
`,
    });
    const knowledgeBase = loadKnowledgeBase([root]);
    expect(knowledgeBase.readiness?.verdicts.map((v) => [v.id, v.floor])).toEqual([
      ['ready', 0],
      ['later', 0],
    ]);
    expect(knowledgeBase.readiness?.questions[0]?.gapBelow).toBe(0.75);
  });

  it('reports options missing from a scale, options on a list, unknown references and misordered verdicts', () => {
    const issues = problems({
      'kb.yaml': `${GUIDE}readiness:
  questions:
${question('a', '      kind: scale\n      signal: goal\n')}${question('b', '      kind: preparation\n      options:\n        - { id: x, label: X, reason: X., score: 0 }\n        - { id: y, label: Y, reason: Y., score: 2 }\n')}  verdicts:
    - { id: low, title: Low, summary: s, minimum: 10, guidance: [wiegh] }
    - { id: high, title: High, summary: s, minimum: 50 }
`,
    });
    expect(issues).toEqual([
      'kb.yaml:27:49: readiness.questions[1].options[1].score: must be from 0 to 1',
    ]);
    const fixed = problems({
      'kb.yaml': `${GUIDE}readiness:
  questions:
${question('a', '      kind: scale\n      signal: goal\n')}${question('b', '      kind: preparation\n      options:\n        - { id: x, label: X, reason: X., score: 0 }\n        - { id: y, label: Y, reason: Y., score: 1 }\n')}  verdicts:
    - { id: low, title: Low, summary: s, minimum: 10, guidance: [wiegh] }
    - { id: high, title: High, summary: s, minimum: 50 }
`,
    });
    expect(fixed).toEqual([
      'kb.yaml:18:15: readiness.questions[0].signal: unknown signal "goal", did you mean "goals"?',
      'kb.yaml:12:7: readiness.questions[0]: a scale question needs "options"',
      'kb.yaml:26:9: readiness.questions[1].options: a preparation question takes no options: its items come from the knowledge base',
      'kb.yaml:29:66: readiness.verdicts[0].guidance[0]: unknown guidance topic "wiegh", did you mean "weigh"?',
      'kb.yaml:30:53: readiness.verdicts[1].minimum: must be lower than the verdict before it (10): verdicts run from the highest tier down',
      'kb.yaml:30:53: readiness.verdicts[1].minimum: the lowest verdict must have minimum 0, so that every score gets a verdict',
    ]);
  });

  it('refuses a second readiness check in another file', () => {
    const check = `readiness:\n  questions:\n${question('q', scale)}  verdicts:\n    - { id: any, title: Any, summary: s, minimum: 0 }\n`;
    const issues = problems({ 'a.yaml': `${GUIDE}${check}`, 'b.yaml': check });
    expect(issues).toEqual([
      expect.stringMatching(
        /^b\.yaml:1:1: readiness: the readiness check is already defined at \/.*a\.yaml:10$/,
      ),
    ]);
  });
});
