import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * The built-in skills' terms read on other trades' words: tasks of an O*NET
 * 27.0 import (tests/fixtures/onet-terms). A term that another trade uses in
 * its own sense ("links" of evidence, a nail "buffer", lab "experiments")
 * gives an occupation a marketing skill it does not have, and search,
 * compare, path and the quiz then say untrue things about it.
 */
const skillsNaming = async (role: string, task: string) => {
  const run = await runMain([
    '--data',
    join(ROOT, 'tests', 'fixtures', 'onet-terms'),
    'skills',
    role,
    '--json',
  ]);
  expect([run.code, run.stderr]).toEqual([0, '']);
  const skills = JSON.parse(run.stdout).skills as { id: string; responsibilities: string[] }[];
  const named = skills.filter((skill) => skill.responsibilities.some((r) => r.startsWith(task)));
  return named.map((skill) => skill.id);
};

describe('a term another trade uses in its own sense names no skill', () => {
  it.each([
    [
      'manicurists-and-pedicurists',
      'Polish nails, using powdered polish and buffer',
      'social-media-management',
    ],
    [
      'heating-air-conditioning-and-refrigeration-mechanics-and-installers',
      'Braze or solder',
      'email-platforms',
    ],
    ['detectives-and-criminal-investigators', 'Examine records to locate links', 'link-building'],
    ['soil-and-plant-scientists', 'Conduct experiments', 'experimentation'],
    [
      'physical-therapist-assistants',
      'Instruct patients in proper body mechanics',
      'product-management',
    ],
    [
      'sales-engineers',
      'Sell products requiring extensive technical expertise',
      'product-management',
    ],
    [
      'door-to-door-sales-workers-news-and-street-vendors-and-related-workers',
      'Answer questions about product features',
      'product-management',
    ],
    ['cashiers', 'Monitor checkout stations', 'conversion-optimization'],
    ['log-graders-and-scalers', 'Measure felled logs', 'conversion-optimization'],
    ['log-graders-and-scalers', 'Measure felled logs', 'reporting'],
    [
      'farmers-ranchers-and-other-agricultural-managers',
      'Coordinate clerical',
      'campaign-management',
    ],
    [
      'diagnostic-medical-sonographers',
      'Select appropriate equipment settings',
      'marketing-fundamentals',
    ],
    ['diagnostic-medical-sonographers', 'Decide which images to include', 'bi-dashboards'],
    ['diagnostic-medical-sonographers', 'Perform legal and ethical duties', 'data-hygiene'],
    ['actors', 'Perform original and stock tricks', 'audience-research'],
    ['choreographers', 'Seek influences', 'influencer-marketing'],
    [
      'bookkeeping-accounting-and-auditing-clerks',
      'Debit, credit, and total accounts',
      'client-management',
    ],
    ['correctional-officers-and-jailers', 'Conduct head counts', 'stakeholder-communication'],
    [
      'electrical-and-electronics-drafters',
      'Reproduce working drawings on copy machines',
      'content-marketing',
    ],
  ])('%s: "%s…" is not %s', async (role, task, skill) => {
    expect(await skillsNaming(role, task)).not.toContain(skill);
  });
});

describe('the same skills still read in the work that uses them', () => {
  it.each([
    [
      'marketing-managers',
      'Formulate, direct, or coordinate marketing activities',
      'campaign-management',
    ],
    [
      'marketing-managers',
      'Identify, develop, or evaluate marketing strategy',
      'marketing-fundamentals',
    ],
    ['web-and-digital-interface-designers', 'Identify or maintain links', 'link-building'],
    ['search-marketing-strategists', 'Improve search-related activities', 'experimentation'],
    [
      'search-marketing-strategists',
      'Optimize shopping cart experience',
      'conversion-optimization',
    ],
    [
      'search-marketing-strategists',
      'Identify and develop commercial or technical',
      'product-management',
    ],
    [
      'advertising-and-promotions-managers',
      'Conduct research on consumer opinions',
      'audience-research',
    ],
    [
      'advertising-and-promotions-managers',
      'Inspect layouts and advertising copy',
      'content-marketing',
    ],
    [
      'business-intelligence-analysts',
      'Provide technical support for existing reports, dashboards',
      'bi-dashboards',
    ],
    ['bill-and-account-collectors', 'Perform various administrative functions', 'data-hygiene'],
    [
      'bookkeeping-accounting-and-auditing-clerks',
      'Debit, credit, and total accounts',
      'spreadsheets',
    ],
    ['media-programming-directors', 'Evaluate new and existing programming', 'audience-research'],
  ])('%s: "%s…" is %s', async (role, task, skill) => {
    expect(await skillsNaming(role, task)).toContain(skill);
  });
});
