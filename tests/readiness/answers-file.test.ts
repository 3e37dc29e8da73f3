import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { KnowledgeBase } from '../../src/knowledge-base/model.js';
import type { Readiness, Role } from '../../src/knowledge-base/schema.js';
import { readAnswersFile } from '../../src/readiness/answers-file.js';
import { tasksFingerprint } from '../../src/readiness/fingerprint.js';
import { ROOT } from '../helpers/cli.js';

const knowledgeBase = loadKnowledgeBase([join(ROOT, 'data')]);
const readiness = knowledgeBase.readiness as Readiness;
const role = (id: string, base: KnowledgeBase = knowledgeBase) =>
  base.roles.find((r) => r.id === id) as Role;
const MANAGER = 'digital-marketing-manager';

/** A filled-in answers file, as a fresh template for `to` becomes once answered. */
function answers(to: string, extra = ''): string {
  return `from: seo-specialist
to: ${to}
fingerprint: ${tasksFingerprint(role(to))}
performance: consistently
tasks: [1, 3]
initiative: this-year
preparation: [technologies]
${extra}`;
}

/** What reading the file throws (its message), or "accepted". */
function read(
  text: string,
  flags: { from?: string; to?: string } = {},
  base: KnowledgeBase = knowledgeBase,
  name = 'answers.yaml',
): string {
  try {
    readAnswersFile(name, text, {
      knowledgeBase: base,
      readiness,
      flags: {
        from: flags.from ? role(flags.from, base) : undefined,
        to: flags.to ? role(flags.to, base) : undefined,
      },
    });
    return 'accepted';
  } catch (error) {
    expect((error as Error).name).toBe('AnswersFileError');
    return (error as Error).message;
  }
}

describe('an answers file names what it answers', () => {
  it('is accepted for the role and version it was written for', () => {
    const text = answers(MANAGER);
    expect(read(text)).toBe('accepted');
    expect(read(text, { from: 'seo-specialist', to: MANAGER })).toBe('accepted');
    const { to, answers: given } = readAnswersFile('answers.yaml', text, {
      knowledgeBase,
      readiness,
      flags: {},
    });
    expect(to.id).toBe(MANAGER);
    // The fingerprint is about the file, not an answer: the answers are what they always were.
    expect(Object.keys(given)).toEqual(['performance', 'tasks', 'initiative', 'preparation']);
  });

  it('refuses its tasks for another target given with --to, in one line that says how to get a fresh template', () => {
    const withoutTo = answers(MANAGER).replace(/^to:.*\n/m, '');
    expect(read(withoutTo, { to: 'account-manager' })).toBe(
      'answers.yaml:2:1: the tasks were written for digital-marketing-manager (4 responsibilities), not --to account-manager: get a fresh template with: career quiz --template --from seo-specialist --to account-manager > answers-account-manager.yaml',
    );
  });

  it('refuses a file whose to: was edited under tasks written for another role', () => {
    const edited = answers(MANAGER).replace(`to: ${MANAGER}`, 'to: account-manager');
    expect(read(edited)).toBe(
      'answers.yaml:2:1: to: is account-manager, but the tasks were written for digital-marketing-manager (4 responsibilities): get a fresh template with: career quiz --template --from seo-specialist --to account-manager > answers-account-manager.yaml',
    );
  });

  it('refuses tasks written for another version of the role', () => {
    const edited: KnowledgeBase = {
      ...knowledgeBase,
      roles: knowledgeBase.roles.map((r) =>
        r.id === MANAGER ? { ...r, responsibilities: [...r.responsibilities].reverse() } : r,
      ),
    };
    expect(read(answers(MANAGER), {}, edited)).toMatch(
      /^answers\.yaml:3:1: the tasks were written for another version of the responsibilities of digital-marketing-manager \(they have changed since the template was made\): get a fresh template with: career quiz --template --from seo-specialist --to digital-marketing-manager > answers-digital-marketing-manager\.yaml$/,
    );
    // Another role's edit does not touch this file: only its own target's list counts.
    const elsewhere: KnowledgeBase = {
      ...knowledgeBase,
      roles: knowledgeBase.roles.map((r) =>
        r.id === 'account-manager' ? { ...r, responsibilities: ['Something else'] } : r,
      ),
    };
    expect(read(answers(MANAGER), {}, elsewhere)).toBe('accepted');
  });

  it('refuses --to or --from that differ from a file with tasks, fingerprint or not', () => {
    const handWritten = answers(MANAGER).replace(/^fingerprint:.*\n/m, '');
    expect(read(handWritten, { to: 'account-manager' })).toBe(
      'answers.yaml:2:1: to: is digital-marketing-manager, but --to is account-manager, and the tasks number the responsibilities of digital-marketing-manager: drop --to, or get a fresh template with: career quiz --template --from seo-specialist --to account-manager > answers-account-manager.yaml',
    );
    expect(read(handWritten, { from: 'sem-specialist' })).toBe(
      'answers.yaml:1:1: from: is seo-specialist, but --from is sem-specialist: drop --from, or get a fresh template with: career quiz --template --from sem-specialist --to digital-marketing-manager > answers-digital-marketing-manager.yaml',
    );
  });

  it('takes a hand-written file without a fingerprint at its word: its to: decides', () => {
    const handWritten = answers(MANAGER)
      .replace(/^fingerprint:.*\n/m, '')
      .replace(`to: ${MANAGER}`, 'to: Account manager');
    expect(read(handWritten)).toBe('accepted');
    expect(read(handWritten, { to: 'account-manager', from: 'seo-specialist' })).toBe('accepted');
  });

  it('reports a fingerprint that is not one among the other problems', () => {
    expect(read(answers(MANAGER).replace(/^fingerprint:.*$/m, 'fingerprint: 12'))).toBe(
      'an answer is missing or wrong:\n  answers.yaml:3:1: fingerprint: is 12, not ROLE@CODE as career quiz --template writes it: copy the line from a fresh template, or delete it',
    );
  });

  it('never suggests writing the fresh template over the file that holds the answers', () => {
    const edited = answers(MANAGER).replace(`to: ${MANAGER}`, 'to: account-manager');
    expect(read(edited, {}, knowledgeBase, '/tmp/answers-account-manager.yaml')).toMatch(
      / > answers-account-manager-new\.yaml$/,
    );
  });
});

describe('an answers file that is not answers', () => {
  it('reports an alias bomb in one line, as the knowledge-base loader does', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    levels.push('performance: *j');
    expect(read(levels.join('\n'))).toBe(
      'answers.yaml:7:16: invalid YAML: too many aliases: what they repeat would grow the document by more than 16 MiB, the most one file may hold (an "alias bomb")',
    );
  });

  it('quotes a huge value, key or list only in part', () => {
    const message = read(
      JSON.stringify({
        from: 'x'.repeat(10_000),
        to: MANAGER,
        performance: 'y'.repeat(10_000),
        tasks: Array.from({ length: 1000 }, (_, i) => i + 100),
        initiative: 'this-year',
        preparation: [],
        ['z'.repeat(10_000)]: 1,
      }),
    );
    const lines = message.split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line.length).toBeLessThan(250);
    expect(message).toContain(`from: is "${'x'.repeat(60)}…", not a known role`);
    expect(message).toContain(`performance: is "${'y'.repeat(60)}…": must be one of`);
    expect(message).toContain('tasks: has 100, 101, 102, 103, 104 and 995 more: must be');
    expect(message).toContain(`${'z'.repeat(60)}…: is not a question of this check`);
  });
});
