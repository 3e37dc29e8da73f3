import { describe, expect, it } from 'vitest';
import { ANSI, career, careerInTerminal } from '../helpers/cli.js';

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
});
