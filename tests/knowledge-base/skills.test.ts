import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { roleSkills, skillById } from '../../src/engine/skills.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { career, ROOT } from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';

/** One file that breaks every rule of the skills taxonomy the loader checks after the schema. */
const BROKEN = `skills:
  - id: writing
    title: Writing
    kind: practice
    description: Putting words on the page.
    terms: [write, blog posts, the and]
  - id: blogging
    title: Blogging
    kind: practice
    description: Keeping a blog.
    terms: [Blog Post, journal]
  - id: editor
    title: Editor
    kind: tool
    description: Where words are typed.
    terms: [Vim]
    usedFor: [writting, editor]
roles:
  - id: writer
    title: Writer
    track: digital-marketing
    level: associate
    summary: Writes.
    responsibilities: [Write blog posts]
    skills: [spreadsheet, editor]
    withoutSkills: [bloging]
`;

const PROBLEMS = [
  // "blog posts" is a term of the built-in skill content-marketing: the file is layered over it.
  '6:20: skills[0].terms[1]: "blog posts" already names the skill "content-marketing" (as "blog posts"): a term names one skill',
  '6:32: skills[0].terms[2]: "the and" is only stop words: it names nothing',
  // Compared in word forms: "Blog Post" is "blog posts".
  '11:13: skills[1].terms[0]: "Blog Post" already names the skill "content-marketing" (as "blog posts"): a term names one skill',
  '17:15: skills[2].usedFor[0]: unknown skill "writting", did you mean "writing"?',
  '17:25: skills[2].usedFor[1]: "editor" is not a practice: a tool serves practices',
  '25:14: roles[0].skills[0]: unknown skill "spreadsheet", did you mean "spreadsheets"?',
  '26:21: roles[0].withoutSkills[0]: unknown skill "bloging", did you mean "blogging"?',
];

describe('the loader checks the skills taxonomy and its uses', () => {
  it('reports every problem at its file, line and column: career validate exits 1', async () => {
    const dir = writeTree({ 'bad.yaml': BROKEN });
    const file = join(dir, 'bad.yaml');
    const { stdout, stderr, code } = await career(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toBe(PROBLEMS.map((line) => `${file}:${line}\n`).join(''));
    expect(stderr).toBe('career: 7 problems in 1 file\n');
  });

  it('stops any other command with exit 3, the same lines on stderr and nothing on stdout', async () => {
    const dir = writeTree({ 'bad.yaml': BROKEN });
    const file = join(dir, 'bad.yaml');
    const { stdout, stderr, code } = await career(['--data', file, 'list']);
    expect([code, stdout]).toEqual([3, '']);
    for (const line of PROBLEMS) expect(stderr).toContain(`career: ${file}:${line}\n`);
    expect(stderr).not.toMatch(/ {4}at /);
  });

  it('finds a clash within one file, whichever skill comes first', async () => {
    const dir = writeTree({
      'kb.yaml': `skills:
  - id: vlogging
    title: Vlogging
    kind: practice
    description: Video diaries.
    terms: [vlog, video diary]
  - id: filming
    title: Filming
    kind: practice
    description: Shooting video.
    terms: [camera, video diaries]
`,
    });
    const { stdout, code } = await career(['validate', '--no-builtin', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${join(dir, 'kb.yaml')}:11:21: skills[1].terms[1]: "video diaries" already names the skill "vlogging" (as "video diary"): a term names one skill\n`,
    );
  });

  it('blames the file when a skill it redefines takes a term of a built-in skill listed later', async () => {
    // The redefined "seo" keeps its place, ahead of the built-in "analytics":
    // the clash is found at "analytics", which no file defines, and belongs to the file.
    const dir = writeTree({
      'seo.yaml': `skills:
  - id: seo
    title: Search engine optimization
    kind: practice
    description: Our SEO, with analytics folded in.
    terms: [SEO, analytics]
`,
    });
    const { stdout, code } = await career(['validate', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${join(dir, 'seo.yaml')}:6:18: skills[0].terms[1]: "analytics" already names the skill "analytics" (as "analytics"): a term names one skill\n`,
    );
  });

  it('refuses a skill with no terms through the schema, at its line', async () => {
    const dir = writeTree({
      'kb.yaml': `skills:
  - id: nothing
    title: Nothing
    kind: knowledge
    description: Names nothing.
    terms: []
`,
    });
    const file = join(dir, 'kb.yaml');
    const validate = await career(['validate', '--no-builtin', file]);
    expect([validate.code, validate.stdout]).toEqual([
      1,
      `${file}:6:12: skills[0].terms: must list at least one word or phrase that names it\n`,
    ]);
    const list = await career(['--data', file, 'list']);
    expect([list.code, list.stdout, list.stderr]).toEqual([
      3,
      '',
      `career: ${file}:6:12: skills[0].terms: must list at least one word or phrase that names it\n`,
    ]);
  });

  it('names a kind that is not one of the three', async () => {
    const dir = writeTree({
      'kb.yaml': `skills:
  - id: juggling
    title: Juggling
    kind: hobby
    description: Balls in the air.
    terms: [juggle]
`,
    });
    const { stdout, code } = await career(['validate', '--no-builtin', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${join(dir, 'kb.yaml')}:4:11: skills[0].kind: must be "practice", "tool" or "knowledge", not the text "hobby"\n`,
    );
  });
});

describe('career schema covers skills', () => {
  it('describes the skills section with its kinds, and the roles fields that use it', async () => {
    const { stdout, code } = await career(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    const skill = schema.properties.skills.items;
    expect(skill.properties.kind.enum).toEqual(['practice', 'tool', 'knowledge']);
    expect(skill.required).toEqual(['id', 'title', 'kind', 'description', 'terms']);
    expect(skill.properties.terms.minItems).toBe(1);
    const role = schema.properties.roles.items.properties;
    expect(role.skills.type).toBe('array');
    expect(role.withoutSkills.type).toBe('array');
    expect(schema.properties.levels.items.properties.rank.type).toBe('integer');
    const check = new Ajv2020({ allErrors: true }).compile(schema);
    const good = {
      skills: [
        { id: 'vim', title: 'Vim', kind: 'tool', description: 'An editor.', terms: ['vim'] },
      ],
    };
    expect(check(good)).toBe(true);
    expect(check({ skills: [{ ...good.skills[0], kind: 'hobby' }] })).toBe(false);
    expect(check({ skills: [{ ...good.skills[0], terms: [] }] })).toBe(false);
  });
});

describe('the built-in skills', () => {
  const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);
  const kindsOf = (roleId: string) => {
    const role = knowledgeBase.roles.find((r) => r.id === roleId);
    if (!role) throw new Error(`no role ${roleId}`);
    return roleSkills(knowledgeBase, role).map((entry) => skillById(knowledgeBase, entry.skill));
  };

  it('gives every built-in role at least three tools and at least one practice', () => {
    for (const role of knowledgeBase.roles) {
      const skills = kindsOf(role.id);
      const tools = skills.filter((s) => s?.kind === 'tool').length;
      const practices = skills.filter((s) => s?.kind === 'practice').length;
      expect({ role: role.id, enough: tools >= 3 && practices >= 1 }).toEqual({
        role: role.id,
        enough: true,
      });
    }
  });

  it('has no skill that no built-in role uses', () => {
    // A skill kept in the taxonomy on purpose, for users' knowledge bases, would be listed here.
    // People management: no built-in role leads a team, but an O*NET manager's or a company
    // ladder's lead's work is most of it, and a plan into such a role names it.
    const onPurpose: string[] = ['people-management'];
    const used = new Set(
      knowledgeBase.roles.flatMap((role) => roleSkills(knowledgeBase, role).map((e) => e.skill)),
    );
    const unused = knowledgeBase.skills.map((s) => s.id).filter((id) => !used.has(id));
    expect(unused).toEqual(onPurpose);
  });

  it('says which practices every tool serves', () => {
    for (const tool of knowledgeBase.skills.filter((s) => s.kind === 'tool'))
      expect({ tool: tool.id, serves: (tool.usedFor ?? []).length > 0 }).toEqual({
        tool: tool.id,
        serves: true,
      });
  });

  it('gives every practice and tool a deliverable and the evidence to collect, for the quiz plan', () => {
    for (const skill of knowledgeBase.skills.filter((s) => s.kind !== 'knowledge'))
      expect({
        skill: skill.id,
        deliverable: !!skill.deliverable,
        evidence: !!skill.evidence,
      }).toEqual({ skill: skill.id, deliverable: true, evidence: true });
  });
});
