import { instance } from '@viz-js/viz';
import { describe, expect, it } from 'vitest';
import { ANSI } from '../../helpers/cli.js';
import { runMain, TERMINAL } from '../../helpers/run-main.js';

describe('career search', () => {
  it('prints the best match of each role, ranked, tab-separated when piped', async () => {
    const { stdout, stderr, code } = await runMain(['search', 'optimise']);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(lines[0]).toEqual([
      'seo-specialist',
      'SEO specialist',
      'aliases',
      'Search engine optimization specialist',
    ]);
    expect(lines.map((l) => l[0])).toContain('e-commerce-specialist');
  });

  it('forgives typos and finds word forms', async () => {
    const typo = await runMain(['search', 'infuencers']);
    expect(typo.stdout).toBe(
      // "influencers" names no skill: in word forms it is "influence", which every trade uses.
      'social-media-strategist\tSocial media strategist\tresponsibility\tNetwork with industry professionals and influencers using social media\n',
    );
    const ab = await runMain(['search', 'A/B', 'test', '--json']);
    const [hit] = JSON.parse(ab.stdout);
    expect(hit).toMatchObject({
      id: 'digital-marketing-manager',
      matches: [
        {
          field: 'skill',
          text: 'Experimentation and A/B testing',
          responsibilities: ['Plan, execute and evaluate A/B tests and experiments'],
        },
      ],
    });
    expect(Object.keys(hit)).toEqual(['id', 'title', 'track', 'level', 'score', 'matches']);
  });

  it('marks the matching words on a terminal', async () => {
    const { stdout, code } = await runMain(['search', 'influencers'], TERMINAL);
    expect(code).toBe(0);
    expect(stdout).toContain('\u001b[1m\u001b[33minfluencers\u001b[39m\u001b[22m');
    expect(stdout.replace(new RegExp(ANSI.source, 'g'), '')).toContain(
      '  responsibility: Network with industry professionals and influencers using social media',
    );
  });

  it('exits 1 with a hint when nothing matches', async () => {
    const { stdout, stderr, code } = await runMain(['search', 'astronaut']);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toBe(
      'career: nothing matches "astronaut"; try fewer or other words, or see every role with: career list\n',
    );
  });
});

describe('career compare', () => {
  it('lays two roles side by side with what both do and what only each does', async () => {
    const { stdout, code } = await runMain(['compare', 'seo', 'sem']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {12}SEO specialist {22}SEM specialist\nId {10}seo-specialist/);
    expect(stdout).toContain(
      'Skills both use\n  Practices: Keyword research; Search engine optimization; Analytics\n',
    );
    expect(stdout).toContain(
      'Skills only SEO specialist uses\n  Practices: Strategy and planning; Link building\n  Tools: Google Search Console\n',
    );
    expect(stdout).toContain(
      'Both do\n  • Monitor metrics to understand SEO performance\n    ≈ Monitor metrics to optimize paid search performance (similarity 0.61)\n' +
        '  • Implement keywords for SEO\n    ≈ Perform research on keywords for SEO and pay-per-click (PPC) ads\n      (similarity 0.58)\n',
    );
    expect(stdout).toContain(
      'Only SEO specialist\n  • Develop optimization strategies to improve search rankings\n  • Update links to optimize search rankings\n',
    );
    expect(stdout).not.toContain('Different tracks');
  });

  it('explains the two tracks when the roles sit in different ones', async () => {
    const { stdout } = await runMain([
      'compare',
      'digital-marketing-manager',
      'e-commerce-product-manager',
    ]);
    expect(stdout).toContain(
      'Different tracks\n  • Digital marketing: Drive traffic and convert that traffic into paying\n    customers.',
    );
    expect(stdout).toContain(
      '  • E-commerce: Facilitate customer purchases through online channels',
    );
    // The line between the two is blurred: both analyze traffic and conversions (the track guidance).
    expect(stdout).toContain(
      'Skills both use\n  Practices: Strategy and planning; Analytics; Customer and user experience;\n    Conversion and sales optimization\n',
    );
  });

  it('prints JSON and Markdown', async () => {
    const json = JSON.parse(
      (await runMain(['compare', 'social-media-specialist', 'social-media-strategist', '--json']))
        .stdout,
    );
    expect(Object.keys(json)).toEqual([
      'a',
      'b',
      'sameTrack',
      'sameLevel',
      'shared',
      'onlyA',
      'onlyB',
      'sharedSkills',
      'onlyASkills',
      'onlyBSkills',
      'tracks',
      'kept',
    ]);
    expect([json.sameTrack, json.sameLevel, json.tracks]).toEqual([true, false, null]);
    expect(json.onlyBSkills.map((s: { id: string }) => s.id)).toEqual([
      'reporting',
      'influencer-marketing',
      'bi-dashboards',
    ]);
    expect(json.onlyBSkills[1]).toEqual({
      id: 'influencer-marketing',
      title: 'Influencer and community relations',
      kind: 'practice',
      carriedBy: {
        a: [],
        b: ['Network with industry professionals and influencers using social media'],
      },
    });
    const markdown = await runMain([
      'compare',
      'e-commerce-analyst',
      'marketing-associate',
      '--markdown',
    ]);
    expect(markdown.stdout).toMatch(
      /^# E-commerce analyst and Marketing associate\n\n\| \| E-commerce analyst \| Marketing associate \|\n\| --- \| --- \| --- \|\n/,
    );
    expect(markdown.stdout).toContain('## Different tracks\n\n- **E-commerce:** ');
  });

  it('names an unknown role with suggestions', async () => {
    const { code, stderr } = await runMain(['compare', 'seo', 'acount-manager']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^career: unknown role "acount-manager", did you mean "account-manager"/,
    );
  });
});

describe('career path', () => {
  it('draws every starting role’s tree', async () => {
    const { stdout, code } = await runMain(['path']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Digital marketing coordinator \(digital-marketing-coordinator\)\n├─ Digital marketing manager \(digital-marketing-manager\) {2}fit 16%, 16 new skills\n/,
    );
    expect(stdout).toContain(
      'Social media specialist (social-media-specialist)\n├─ Social media strategist (social-media-strategist)  fit 67%, 3 new skills\n└─ ',
    );
    // A tree's first line: not drawn under one (a step's line may wrap after its id, too).
    expect(stdout.match(/^[^\s│├└].*\)$/gm)).toHaveLength(8);
  });

  it('finds the route between two roles and what each step adds', async () => {
    const { stdout, code } = await runMain(['path', 'e-commerce-analyst', '--to', 'ecommerce PM']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'E-commerce analyst → E-commerce product manager  1 step',
        '',
        '1. E-commerce analyst → E-commerce product manager  fit 62%, 5 new skills',
        '   Takes on:',
        // The analyst's "audience" is a KPI's attribute, not market research: one skill is not enough.
        '     + Conduct market research',
        '     + Define website and mobile app functionality and deliver an optimal user',
        '       experience for both',
        '     + Understand business objectives and coordinate efforts to increase sales',
        '   New skills: Product management; Customer and user experience; Coordination',
        '     and collaboration; Project management (Asana, Jira, Trello); Design tools',
        '     (Canva, Figma, Adobe Creative Cloud)',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 with a clear message when there is no route', async () => {
    const { stdout, stderr, code } = await runMain([
      'path',
      'seo-specialist',
      '--to',
      'e-commerce-product-manager',
    ]);
    expect(code).toBe(1);
    // Not found, and the nearest route on stdout: the same answer the quiz gives.
    expect(stdout).toContain(
      'No advancement route leads from SEO specialist to E-commerce product manager.\nThe nearest: SEO specialist → E-commerce analyst → E-commerce product manager\n',
    );
    expect(stdout).toMatch(
      // Under the step when the line would pass 80 columns (piped output is laid out for 80).
      /\n1\. SEO specialist → E-commerce \w+ {2}fit \d+%, \d+ new skills(?: · |\n {3})a direct move, not an advancement step\n/,
    );
    expect(stderr).toBe(
      'career: no advancement route from seo-specialist to e-commerce-product-manager: the nearest is above\n',
    );
    const json = JSON.parse(
      (
        await runMain([
          'path',
          'seo-specialist',
          '--to',
          'e-commerce-product-manager',
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(json).toMatchObject({
      from: 'seo-specialist',
      to: 'e-commerce-product-manager',
      kind: 'promotion',
      steps: null,
    });
    expect(json.nearest.at(-1).to).toBe('e-commerce-product-manager');
  });

  it('prints DOT that Graphviz renders', async () => {
    const viz = await instance();
    for (const args of [
      ['path', '--format', 'dot'],
      ['path', 'social-media-specialist', '--format', 'dot'],
      ['path', 'sem', '--to', 'dmm', '--format', 'dot'],
    ]) {
      const { stdout, code } = await runMain(args);
      expect(code).toBe(0);
      const rendered = viz.render(stdout, { format: 'svg' });
      expect(rendered.errors).toEqual([]);
      expect(rendered.status).toBe('success');
      expect(rendered.output).toContain('<svg');
    }
    const whole = (await runMain(['path', '--format', 'dot'])).stdout;
    expect(whole).toContain('  subgraph cluster_1 {\n    label="E-commerce";\n');
    expect(whole).toContain(
      '  "social-media-specialist" -> "social-media-strategist" [label="fit 67%"];\n',
    );
    expect(viz.render('digraph { a -> }', { format: 'svg' }).status).toBe('failure');
  });

  it('prints a Mermaid flowchart', async () => {
    const { stdout } = await runMain(['path', 'e-commerce-specialist', '--format', 'mermaid']);
    expect(stdout).toBe(
      [
        'flowchart LR',
        '  r_e_commerce_specialist["E-commerce specialist"]',
        '  r_e_commerce_product_manager["E-commerce product manager"]',
        '  r_digital_marketing_manager["Digital marketing manager"]',
        '  r_e_commerce_specialist -->|"fit 46%"| r_e_commerce_product_manager',
        '  r_e_commerce_specialist -->|"fit 53%"| r_digital_marketing_manager',
        '',
      ].join('\n'),
    );
    // Every line is a node or an edge of the flowchart grammar, ids plain words.
    for (const line of stdout.trimEnd().split('\n').slice(1))
      expect(line).toMatch(/^ {2}r_\w+(\["[^"]*"\]| -->\|"[^"]*"\| r_\w+)$/);
  });

  it('prints JSON, and rejects an unknown format', async () => {
    const json = JSON.parse((await runMain(['path', 'sem-specialist', '--format', 'json'])).stdout);
    expect(json).toEqual({
      from: 'sem-specialist',
      roles: ['sem-specialist', 'digital-marketing-manager', 'account-manager'],
      steps: [
        {
          from: 'sem-specialist',
          to: 'digital-marketing-manager',
          fit: 37,
          basis: 'skills',
          newSkills: expect.arrayContaining([
            { id: 'experimentation', title: 'Experimentation and A/B testing', kind: 'practice' },
          ]),
          gains: expect.any(Array),
          keeps: false,
        },
        {
          from: 'sem-specialist',
          to: 'account-manager',
          fit: 33,
          basis: 'skills',
          newSkills: expect.any(Array),
          gains: expect.any(Array),
          keeps: false,
        },
      ],
    });
    const bad = await runMain(['path', '--format', 'png']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "career: option '--format <format>' argument 'png' is invalid. Allowed choices are tree, dot, mermaid, json, yaml, markdown, svg.",
    );
  });
});

describe('career guide', () => {
  it('prints every topic, with the five things to learn under their topic', async () => {
    const { stdout, code } = await runMain(['guide']);
    expect(code).toBe(0);
    for (const title of [
      'Digital marketer or e-commerce manager?  (marketer-or-manager)',
      "Know what you're getting into",
      'Understand what the role includes',
      'Look for the best fit',
    ]) {
      expect(stdout).toContain(title);
    }
    expect(stdout).toContain(
      '  What to learn before you start\n  1. Technologies and platforms: The technologies and platforms',
    );
    expect(stdout).toContain('  5. Sales, marketing and operations: ');
  });

  it('prints one topic by id or title, as JSON or Markdown', async () => {
    const one = await runMain(['guide', 'Look for the best fit']);
    expect(one.stdout).toMatch(/^Look for the best fit {2}\(best-fit\)\n/);
    expect(one.stdout).not.toContain('Know what');
    const json = JSON.parse((await runMain(['guide', 'understand-the-role', '--json'])).stdout);
    expect(json.preparation.map((p: { id: string }) => p.id)).toEqual([
      'technologies',
      'practices',
      'customers',
      'organization',
      'functions',
    ]);
    const markdown = await runMain(['guide', 'marketer-or-manager', '--markdown']);
    // A document starts at "#", like show --markdown: one topic is the page's title.
    expect(markdown.stdout).toMatch(
      /^# Digital marketer or e-commerce manager\?\n\n\*The line between/,
    );
    const all = (await runMain(['guide', '--markdown'])).stdout;
    expect(all.match(/^#+ .*$/gm)?.slice(0, 3)).toEqual([
      '# Career guide',
      '## Digital marketer or e-commerce manager?',
      "## Know what you're getting into",
    ]);
    expect(all).toContain('\n### What to learn before you start\n');
  });

  it('names an unknown topic with suggestions and exit 1', async () => {
    const { code, stderr } = await runMain(['guide', 'best-fits']);
    expect([code, stderr]).toEqual([
      1,
      'career: unknown topic "best-fits", did you mean "best-fit"? (topics: marketer-or-manager, know-what-you-are-getting-into, understand-the-role, best-fit)\n',
    ]);
  });
});

describe('career completion', () => {
  it('prints zsh and fish scripts, and refuses another shell', async () => {
    const zsh = await runMain(['completion', 'zsh']);
    expect(zsh.stdout).toMatch(/^#compdef career\n/);
    expect(zsh.stdout).toContain('\n  compdef _career career\n');
    const fish = await runMain(['completion', 'fish']);
    expect(fish.stdout).toContain("complete -c career -f -a '(__career_complete)'\n");
    expect(fish.stdout).toContain('career $globals __complete roles 2>/dev/null; return');
    const other = await runMain(['completion', 'powershell']);
    expect([other.code, other.stderr]).toEqual([
      2,
      'career: no completion for "powershell": choose bash, zsh or fish\n',
    ]);
  });

  it('answers the scripts’ questions from the loaded knowledge base', async () => {
    const { stdout } = await runMain(['__complete', 'roles']);
    expect(stdout.trimEnd().split('\n')).toHaveLength(12);
    expect((await runMain(['__complete', 'topics'])).stdout).toBe(
      'marketer-or-manager\nknow-what-you-are-getting-into\nunderstand-the-role\nbest-fit\n',
    );
  });
});
