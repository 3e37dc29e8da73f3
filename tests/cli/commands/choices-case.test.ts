import { describe, expect, it } from 'vitest';
import { runMain } from '../../helpers/run-main.js';

describe('fixed choices and short flags', () => {
  it('take a fixed choice in any case, as role and track names are', async () => {
    const path = await runMain(['path', 'seo-specialist', '--to', 'dmm', '--format', 'JSON']);
    expect(path.code).toBe(0);
    expect(JSON.parse(path.stdout).to).toBe('digital-marketing-manager');
    const bash = await runMain(['completion', 'BASH']);
    expect(bash.code).toBe(0);
    expect(bash.stdout).toContain('complete -');
    // The source is known: what fails is the folder, not the word "ONET".
    const onet = await runMain(['import', 'ONET', '/nonexistent-release', '--out', '/tmp/never']);
    expect(onet.stderr).not.toContain('cannot import from');
    expect(onet.code).not.toBe(0);
    const bad = await runMain(['path', '--format', 'PNG']);
    expect(bad.code).toBe(2);
  });

  it('give -t one meaning: --to, in quiz and path; list spells --track out', async () => {
    const list = await runMain(['list', '-t', 'e-commerce']);
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/unknown option '-t'/);
    expect((await runMain(['list', '--track', 'e-commerce'])).code).toBe(0);
    const route = await runMain(['path', 'seo-specialist', '-t', 'dmm']);
    expect([route.code, route.stdout.split('\n')[0]]).toEqual([
      0,
      'SEO specialist → Digital marketing manager  1 step',
    ]);
  });
});
