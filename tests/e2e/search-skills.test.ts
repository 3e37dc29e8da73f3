import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSI, career, careerInTerminal, tempDir } from '../helpers/cli.js';
import { writeTree } from '../helpers/files.js';

const plain = (text: string) => text.replace(new RegExp(ANSI.source, 'g'), '');

describe('career search by skill', () => {
  it('finds the roles that use a tool named by its brand, and names the skill', () => {
    const { stdout, code } = careerInTerminal(['search', 'shopify'], { columns: 80 });
    expect(code).toBe(0);
    expect(plain(stdout)).toContain(
      'E-commerce specialist (e-commerce-specialist)\n' +
        '  uses E-commerce platforms (Shopify, WooCommerce, Adobe Commerce, BigCommerce)\n' +
        '    for: Develop and run campaigns to increase digital sales as part of an\n' +
        '    overall digital marketing strategy\n',
    );
  });

  it('says which skill matched when piped', async () => {
    const { stdout, stderr, code } = await career(['search', 'mailchimp']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')[0]).toBe(
      'email-marketing-specialist\tEmail marketing specialist\tskill\tEmail and marketing automation (Mailchimp, Klaviyo, HubSpot, Marketo)',
    );
  });

  it('prints [] for --json when nothing matches, with the hint and exit 1', async () => {
    const { stdout, stderr, code } = await career(['search', 'zzz', '--json']);
    expect([code, stdout]).toEqual([1, '[]\n']);
    expect(stderr).toBe(
      'career: nothing matches "zzz"; try fewer or other words, or see every role with: career list\n',
    );
  });

  it('reads no full-text index for a query its skills cover, and builds one when the text is needed', async () => {
    const data = writeTree({
      'growth.yaml': `roles:
  - id: growth-marketer
    title: Growth marketer
    track: digital-marketing
    level: associate
    summary: Runs growth experiments.
    responsibilities: [Run growth experiments]
    skills: [ecommerce-platforms]
    advancesTo: [digital-marketing-manager]
`,
    });
    const cache = tempDir('career-cache-');
    const env = { CAREER_CACHE_HOME: cache };
    const index = () => readdirSync(cache).filter((name) => name.includes('.search-index.'));
    const shopify = await career(['--data', data, 'search', 'shopify'], { env });
    expect(shopify.stdout).toContain('growth-marketer\tGrowth marketer\tskill\t');
    expect(index()).toEqual([]);
    const growth = await career(['--data', data, 'search', 'growth'], { env });
    expect(growth.stdout.split('\n')[0]).toMatch(/^growth-marketer\t/);
    expect(index()).toHaveLength(1);
  });
});
