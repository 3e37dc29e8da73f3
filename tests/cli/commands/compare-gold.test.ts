import { describe, expect, it } from 'vitest';
import { runMain } from '../../helpers/run-main.js';

/**
 * Pairs of the built-in roles' responsibilities as a careful career coach
 * judges them: the same work (in two channels, or named in words of its
 * own: KPIs and ROI are both reporting), or not (the same practice for
 * another end, a shared channel, a shared goal).
 */
const ALIKE: [string, string, string, string][] = [
  [
    'sem-specialist',
    'digital-marketing-manager',
    'Identify and monitor key performance indicators (KPIs) for SEM',
    'Measure and report performance and return on investment (ROI) for digital marketing',
  ],
  [
    'sem-specialist',
    'social-media-strategist',
    'Identify and monitor key performance indicators (KPIs) for SEM',
    'Measure the success of social media campaigns',
  ],
  [
    'digital-marketing-manager',
    'social-media-strategist',
    'Measure and report performance and return on investment (ROI) for digital marketing',
    'Measure the success of social media campaigns',
  ],
  [
    'digital-marketing-coordinator',
    'marketing-associate',
    'Monitor metrics to evaluate trends',
    'Collect and analyze customer behavior metrics, such as web traffic and search rankings',
  ],
  [
    'marketing-associate',
    'seo-specialist',
    'Collect and analyze customer behavior metrics, such as web traffic and search rankings',
    'Monitor metrics to understand SEO performance',
  ],
  [
    'digital-marketing-coordinator',
    'email-marketing-specialist',
    'Run campaigns',
    'Create email marketing campaigns to promote products or services',
  ],
  [
    'sem-specialist',
    'e-commerce-product-manager',
    'Identify customer personas to enable marketing to the identified audiences',
    'Conduct market research',
  ],
];

const NOT_ALIKE: [string, string, string, string][] = [
  // Goals set for a business, and campaigns run for sales: strategy and conversions, no word in common.
  [
    'e-commerce-analyst',
    'e-commerce-specialist',
    'Set e-commerce goals and key performance indicators (KPIs) for key attributes like audience, acquisition, behavior and conversions',
    'Develop and run campaigns to increase digital sales as part of an overall digital marketing strategy',
  ],
  [
    'e-commerce-analyst',
    'e-commerce-product-manager',
    'Set e-commerce goals and key performance indicators (KPIs) for key attributes like audience, acquisition, behavior and conversions',
    'Understand business objectives and coordinate efforts to increase sales',
  ],
  // A strategy for search rankings is not the online business's strategy.
  [
    'seo-specialist',
    'e-commerce-analyst',
    'Develop optimization strategies to improve search rankings',
    'Implement e-commerce strategies to support business goals',
  ],
  // Making advertising materials with the team is not overseeing the social media content.
  [
    'marketing-associate',
    'social-media-strategist',
    'Coordinate with marketing teams to generate digital advertising materials',
    'Manage and oversee social media content',
  ],
  // Researching keywords shares only the channels with planning them all, or with optimizing paid campaigns.
  [
    'sem-specialist',
    'digital-marketing-manager',
    'Perform research on keywords for SEO and pay-per-click (PPC) ads',
    'Plan and execute digital marketing, including SEO/SEM, email, social media and display advertising campaigns',
  ],
  [
    'sem-specialist',
    'e-commerce-specialist',
    'Perform research on keywords for SEO and pay-per-click (PPC) ads',
    'Optimize paid advertising campaigns using SEO and other tools',
  ],
  // Creating content serves the customer experience; it is not evaluating and improving it.
  [
    'social-media-specialist',
    'digital-marketing-manager',
    'Create content to build customer connections and increase brand awareness',
    'Evaluate and improve the end-to-end customer experience across multiple channels and customer touchpoints',
  ],
  // Both serve the experience, but defining what a site and an app do is product management.
  [
    'digital-marketing-manager',
    'e-commerce-product-manager',
    'Evaluate and improve the end-to-end customer experience across multiple channels and customer touchpoints',
    'Define website and mobile app functionality and deliver an optimal user experience for both',
  ],
];

async function shared(a: string, b: string): Promise<[string, string][]> {
  const { stdout, stderr, code } = await runMain(['compare', a, b, '--json']);
  expect([code, stderr]).toEqual([0, '']);
  return (JSON.parse(stdout) as { shared: { a: string; b: string }[] }).shared.map((p) => [
    p.a,
    p.b,
  ]);
}

describe('career compare on the built-in roles, against a coach’s judgement', () => {
  it.each(ALIKE)('pairs %s and %s: "%s" ≈ "%s"', async (a, b, textA, textB) => {
    expect(await shared(a, b)).toContainEqual([textA, textB]);
  });

  it.each(NOT_ALIKE)('does not pair %s and %s: "%s" and "%s"', async (a, b, textA, textB) => {
    expect(await shared(a, b)).not.toContainEqual([textA, textB]);
  });
});
