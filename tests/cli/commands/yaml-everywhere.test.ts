import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';

/** One output rule: every command that prints data prints the same document as JSON or YAML. */
describe('--yaml wherever --json is', () => {
  const answers = join(tempDir('career-yaml-'), 'answers.yaml');
  writeFileSync(
    answers,
    'from: seo-specialist\nto: digital-marketing-manager\nperformance: usually\ntasks: [1]\ninitiative: this-year\npreparation: []\n',
  );
  const cases: [string, string[]][] = [
    ['compare', ['compare', 'seo-specialist', 'sem-specialist']],
    ['guide', ['guide', 'best-fit']],
    ['search', ['search', 'analytics']],
    ['search, nothing found', ['search', 'zzzz']],
    ['quiz', ['quiz', '--answers', answers, '--no-save']],
    ['list', ['list']],
    ['show', ['show', 'seo-specialist']],
    ['skills', ['skills', 'seo-specialist']],
  ];
  it.each(cases)('%s', async (_name, args) => {
    // One clock for both runs: the quiz dates its result.
    const now = () => new Date('2026-11-30T12:00:00Z');
    const json = await runMain([...args, '--json'], { now });
    const yaml = await runMain([...args, '--yaml'], { now });
    expect(yaml.code).toBe(json.code);
    const fromJson = JSON.parse(json.stdout);
    // show --yaml is a document --data loads (roles:); the others are the JSON document itself.
    if (args[0] === 'show') expect(parse(yaml.stdout).roles[0].id).toBe(fromJson.id);
    else expect(parse(yaml.stdout)).toEqual(fromJson);
  });
});

describe('list --markdown', () => {
  it('prints the roles as a table a wiki renders', async () => {
    const { code, stdout } = await runMain(['list', '--markdown', '--track', 'e-commerce']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '# Roles',
        '',
        '| Id | Role | Track | Level |',
        '| --- | --- | --- | --- |',
        '| `e-commerce-analyst` | E-commerce analyst | E-commerce | Associate |',
        '| `e-commerce-specialist` | E-commerce specialist | E-commerce | Associate |',
        '| `e-commerce-product-manager` | E-commerce product manager | E-commerce | Advanced |',
        '',
      ].join('\n'),
    );
  });
});
