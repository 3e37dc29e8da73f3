import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, ROOT, tempDir } from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';

/** Issue 11, point 2: a readiness check for every knowledge base. */
const LADDER = join(ROOT, 'tests', 'fixtures', 'ladder-kb');
const ANSWERS = `from: backend-l1
to: backend-l2
performance: usually
tasks: [1]
initiative: this-quarter
`;

describe('a knowledge base with no readiness section', () => {
  it('gets the neutral three-signal check: the template asks no preparation', async () => {
    const { stdout, stderr, code } = await career([
      '--no-builtin',
      '--data',
      LADDER,
      'quiz',
      '--template',
      '--from',
      'backend-l1',
      '--to',
      'backend-l2',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^performance:$/m);
    expect(stdout).toMatch(/^tasks:$/m);
    expect(stdout).toMatch(/^initiative:$/m);
    expect(stdout).not.toMatch(/^preparation:/m);
    expect(stdout).not.toMatch(/marketing|e-commerce/i);
  });

  it('runs the whole quiz with --no-builtin, in neutral words', async () => {
    const { stdout, stderr, code } = await career(
      ['--no-builtin', '--data', LADDER, 'quiz', '--answers', '-', '--no-save', '--json'],
      { input: ANSWERS },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.scores.map((s: { question: string }) => s.question)).toEqual([
      'performance',
      'tasks',
      'initiative',
    ]);
    expect(result.reading).toEqual([]);
    expect(stdout).not.toMatch(/marketing|e-commerce|Study:/i);
  });

  it('layered over the built-in data, gives a move between your roles no built-in areas or guidance', async () => {
    const { stdout, code } = await career(
      ['--data', LADDER, 'quiz', '--answers', '-', '--no-save', '--json'],
      { input: ANSWERS.replace('to: backend-l2', 'to: design-senior') },
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.move.crossTrack).toBe(true);
    expect(result.scores.map((s: { question: string }) => s.question)).not.toContain('preparation');
    expect(result.reading).toEqual([]);
    expect(stdout).not.toMatch(/marketing|e-commerce|Study:/i);
  });

  it('keeps the built-in check, areas and guidance for a move between built-in roles', async () => {
    const { stdout, code } = await career([
      '--data',
      LADDER,
      'quiz',
      '--template',
      '--to',
      'digital-marketing-manager',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^preparation:$/m);
  });
});

describe("a knowledge base's own readiness section", () => {
  it('validates as a copy of the built-in readiness.yaml alone', async () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'data', 'readiness.yaml'), join(dir, 'readiness.yaml'));
    const { stderr, code } = await career([
      '--no-builtin',
      '--data',
      LADDER,
      'validate',
      join(dir, 'readiness.yaml'),
      LADDER,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says the words it chooses: expectations you have shown', async () => {
    const builtin = readFileSync(join(ROOT, 'data', 'readiness.yaml'), 'utf8');
    const own = builtin.replace(
      '  crossTrackGuidance: [marketer-or-manager]',
      '  crossTrackGuidance: []\n  words: { responsibilities: expectations, done: have shown }',
    );
    expect(own).not.toBe(builtin);
    const dir = writeTree({ 'readiness.yaml': own });
    const { stdout, stderr, code } = await career([
      '--no-builtin',
      '--data',
      LADDER,
      '--data',
      dir,
      'quiz',
      '--template',
      '--to',
      'backend-l2',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '# The expectations of Backend Engineer L2: list the numbers of those you have shown',
    );
  });
});

describe('a readiness section with only some parts', () => {
  it('takes the questions and verdicts it leaves out from the neutral default', async () => {
    const dir = writeTree({
      'words.yaml': 'readiness:\n  words: { responsibilities: expectations, done: have shown }\n',
    });
    const valid = await career(['--no-builtin', 'validate', LADDER, dir]);
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(0);
    const { stdout, code } = await career([
      '--no-builtin',
      '--data',
      LADDER,
      '--data',
      dir,
      'quiz',
      '--template',
      '--to',
      'backend-l2',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^performance:$/m);
    expect(stdout).toContain(
      '# The expectations of Backend Engineer L2: list the numbers of those you have shown',
    );
  });
});
