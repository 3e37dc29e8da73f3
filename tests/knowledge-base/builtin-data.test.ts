import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import { ROOT } from '../helpers/cli.js';

const DATA = join(ROOT, 'data');
const knowledgeBase = loadKnowledgeBase([DATA]);

/** The first source document's roles and responsibilities, with its typos fixed. */
const SEED_ROLES: Record<string, { track: string; level: string; responsibilities: string[] }> = {
  'digital-marketing-coordinator': {
    track: 'digital-marketing',
    level: 'associate',
    responsibilities: [
      'Coordinate marketing activities and initiatives',
      'Identify target audiences through research',
      'Run campaigns',
      'Monitor metrics to evaluate trends',
    ],
  },
  'marketing-associate': {
    track: 'digital-marketing',
    level: 'associate',
    responsibilities: [
      'Prepare reports on marketing and sales metrics',
      'Collect and analyze customer behavior metrics, such as web traffic and search rankings',
      'Coordinate with marketing teams to generate digital advertising materials',
      'Assist with ongoing marketing campaigns',
    ],
  },
  'seo-specialist': {
    track: 'digital-marketing',
    level: 'associate',
    responsibilities: [
      'Develop optimization strategies to improve search rankings',
      'Implement keywords for SEO',
      'Monitor metrics to understand SEO performance',
      'Update links to optimize search rankings',
    ],
  },
  'sem-specialist': {
    track: 'digital-marketing',
    level: 'associate',
    responsibilities: [
      'Identify customer personas to enable marketing to the identified audiences',
      'Perform research on keywords for SEO and pay-per-click (PPC) ads',
      'Monitor metrics to optimize paid search performance',
      'Identify and monitor key performance indicators (KPIs) for SEM',
    ],
  },
  'social-media-specialist': {
    track: 'digital-marketing',
    level: 'associate',
    responsibilities: [
      'Develop, implement and manage a social media marketing strategy',
      'Collaborate with sales and marketing teams on social media campaigns',
      'Create content to build customer connections and increase brand awareness',
      'Monitor metrics in social media campaigns for customer engagement and content optimization insights',
    ],
  },
  'email-marketing-specialist': {
    track: 'digital-marketing',
    level: 'associate',
    responsibilities: [
      'Create email marketing campaigns to promote products or services',
      'Create an archive of emails for lead generation',
      'Purge undeliverable and unsubscribed email addresses',
      'Use metrics to monitor the performance of email campaigns',
    ],
  },
  'e-commerce-analyst': {
    track: 'e-commerce',
    level: 'associate',
    responsibilities: [
      'Implement e-commerce strategies to support business goals',
      'Set e-commerce goals and key performance indicators (KPIs) for key attributes like audience, acquisition, behavior and conversions',
      'Monitor and analyze e-commerce metrics',
      'Leverage e-commerce data for operational insights',
    ],
  },
  'e-commerce-specialist': {
    track: 'e-commerce',
    level: 'associate',
    responsibilities: [
      'Develop and run campaigns to increase digital sales as part of an overall digital marketing strategy',
      'Optimize paid advertising campaigns using SEO and other tools',
      'Manage an online marketing presence, including social media platforms',
      'Monitor metrics for spikes in website traffic or sales',
    ],
  },
  'digital-marketing-manager': {
    track: 'digital-marketing',
    level: 'advanced',
    responsibilities: [
      'Plan and execute digital marketing, including SEO/SEM, email, social media and display advertising campaigns',
      'Measure and report performance and return on investment (ROI) for digital marketing',
      'Plan, execute and evaluate A/B tests and experiments',
      'Evaluate and improve the end-to-end customer experience across multiple channels and customer touchpoints',
    ],
  },
  'social-media-strategist': {
    track: 'digital-marketing',
    level: 'advanced',
    responsibilities: [
      'Manage and oversee social media content',
      'Measure the success of social media campaigns',
      'Monitor and analyze metrics to recommend effective content optimization solutions',
      'Network with industry professionals and influencers using social media',
    ],
  },
  'account-manager': {
    track: 'digital-marketing',
    level: 'advanced',
    responsibilities: [
      'Build and maintain client relationships',
      'Ensure the timely and successful delivery of advertising solutions based on customer needs and objectives',
      'Clearly communicate the progress of initiatives to internal and external stakeholders',
      'Forecast and monitor key account metrics',
    ],
  },
  'e-commerce-product-manager': {
    track: 'e-commerce',
    level: 'advanced',
    responsibilities: [
      'Conduct market research',
      'Develop a product strategy for an e-commerce business based on analytics',
      'Define website and mobile app functionality and deliver an optimal user experience for both',
      'Understand business objectives and coordinate efforts to increase sales',
    ],
  },
};

function yamlText(): string {
  return readdirSync(DATA, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => readFileSync(join(DATA, name), 'utf8'))
    .join('\n');
}

describe('the built-in knowledge base', () => {
  it('holds the twelve roles of the first source, each with its track, level and every responsibility', () => {
    expect(knowledgeBase.roles.map((r) => r.id).sort()).toEqual(Object.keys(SEED_ROLES).sort());
    for (const role of knowledgeBase.roles) {
      const seed = SEED_ROLES[role.id];
      expect({
        id: role.id,
        track: role.track,
        level: role.level,
        responsibilities: role.responsibilities,
      }).toEqual({ id: role.id, ...seed });
    }
  });

  it('has six associate digital-marketing roles, two associate e-commerce roles and four advanced roles', () => {
    const count = (track: string | undefined, level: string) =>
      knowledgeBase.roles.filter((r) => (!track || r.track === track) && r.level === level).length;
    expect(count('digital-marketing', 'associate')).toBe(6);
    expect(count('e-commerce', 'associate')).toBe(2);
    expect(count(undefined, 'advanced')).toBe(4);
  });

  it('gives every role a summary and aliases, and every associate role somewhere to advance to', () => {
    for (const role of knowledgeBase.roles) {
      expect(role.summary.length).toBeGreaterThan(60);
      expect(role.aliases.length).toBeGreaterThan(0);
      if (role.level === 'associate') expect(role.advancesTo.length).toBeGreaterThan(0);
      for (const target of role.advancesTo)
        expect(knowledgeBase.roles.find((r) => r.id === target)?.level).toBe('advanced');
    }
  });

  it('knows the aliases people type', () => {
    const aliases = knowledgeBase.roles.flatMap((r) => r.aliases);
    for (const alias of [
      'SEO',
      'SEM',
      'PPC specialist',
      'Ecommerce PM',
      'Search engine optimization specialist',
    ]) {
      expect(aliases).toContain(alias);
    }
  });

  it('holds both tracks with what each is responsible for and focuses on (second source)', () => {
    const [marketing, ecommerce] = knowledgeBase.tracks;
    expect(marketing?.responsibility).toBe(
      'Drive traffic and convert that traffic into paying customers.',
    );
    expect(marketing?.focus).toBe(
      "Marketing, and driving traffic to the company's websites and apps.",
    );
    expect(ecommerce?.responsibility).toBe(
      'Facilitate customer purchases through online channels, such as shops, websites or mobile apps.',
    );
    expect(ecommerce?.focus).toBe(
      'The execution and growth of the business through online channels.',
    );
    expect(knowledgeBase.levels.map((l) => l.id)).toEqual(['associate', 'advanced']);
  });

  it('holds the three readiness signals of the first source', () => {
    expect(knowledgeBase.signals.map((s) => [s.id, s.statement])).toEqual([
      ['meets-goals', 'You consistently meet or exceed job-related performance goals.'],
      ['higher-level-tasks', "You're assigned tasks associated with a higher-level role."],
      ['asked-for-more', 'You recently asked for more work while performing your job.'],
    ]);
  });

  it('holds the guidance of the second source and its five preparation areas', () => {
    expect(knowledgeBase.guidance.map((g) => g.id)).toEqual([
      'marketer-or-manager',
      'know-what-you-are-getting-into',
      'understand-the-role',
      'best-fit',
    ]);
    const text = knowledgeBase.guidance.flatMap((g) => g.points).join(' ');
    for (const fact of [
      'analyze traffic and conversions',
      'take a few days to regroup and reevaluate',
      'strategic thinking',
      'hit the ground running',
      'self-image',
      'best-in-class tools',
      'right e-commerce platform',
      'not every organization is blessed'.replace('not', 'Not'),
    ]) {
      expect(text).toContain(fact);
    }
    expect(knowledgeBase.preparation.map((p) => p.id)).toEqual([
      'technologies',
      'practices',
      'customers',
      'organization',
      'functions',
    ]);
  });

  it('carries none of the source documents’ typos', () => {
    const text = yamlText();
    for (const typo of [
      'responsiblities',
      'Assciate',
      'leve ',
      'rakings',
      'Colloborate',
      'genration',
      'unsubcribed',
      ' fo ',
      'perfomance',
      'anlyze',
      'stakeolders',
      'take aways',
      'high-level role',
    ]) {
      expect(text).not.toContain(typo);
    }
  });
});
