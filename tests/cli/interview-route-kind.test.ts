import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInterview } from '../../src/cli/interview.js';
import type { Choice, Prompter } from '../../src/cli/prompts.js';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { Role } from '../../src/knowledge-base/schema.js';
import { tempDir } from '../helpers/cli.js';

/**
 * One level, and a route along it: specialist → lead → head, as O*NET's
 * specialist → supervisor → manager of one job zone. Head is two steps
 * away: the interview labels it before the result describes the move.
 */
const LADDER = `tracks:
  - id: marketing
    title: Marketing
levels:
  - id: zone-4
    title: Zone four
roles:
  - id: specialist
    title: Specialist
    track: marketing
    level: zone-4
    summary: Runs campaigns.
    responsibilities: [Run campaigns]
    advancesTo: [lead]
  - id: lead
    title: Lead
    track: marketing
    level: zone-4
    summary: Leads a team.
    responsibilities: [Lead the team]
    advancesTo: [head]
  - id: head
    title: Head
    track: marketing
    level: zone-4
    summary: Runs marketing.
    responsibilities: [Set the marketing strategy]
  - id: analyst
    title: Analyst
    track: marketing
    level: zone-4
    summary: Reads the numbers.
    responsibilities: [Analyze results]
`;

describe('the quiz interview, choosing the role you want', () => {
  it('labels a role further along the routes at the same level a promotion, and one off them a lateral move', async () => {
    const file = join(tempDir('career-route-kind-'), 'ladder.yaml');
    writeFileSync(file, LADDER);
    const knowledgeBase = loadKnowledgeBase([file]);
    let offered: readonly Choice[] = [];
    const prompter: Prompter = {
      search: async (_message, choices) => {
        offered = choices;
        throw new Error('stop after the choice of role');
      },
      select: async () => {
        throw new Error('not asked');
      },
      checkbox: async () => {
        throw new Error('not asked');
      },
    };
    const from = knowledgeBase.roles.find((role) => role.id === 'specialist') as Role;
    await expect(runInterview(prompter, knowledgeBase, { from })).rejects.toThrow('stop after');
    expect(offered.map((choice) => [choice.value, choice.description])).toEqual([
      ['lead', 'Marketing · Zone four · a next step'],
      ['head', 'Marketing · Zone four · a promotion'],
      ['analyst', 'Marketing · Zone four · a lateral move'],
    ]);
  });
});
