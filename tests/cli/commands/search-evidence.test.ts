import { describe, expect, it } from 'vitest';
import { TRACKS, writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

// O*NET's Meter Readers, cut down: an alias with one of the words, a task with both.
const data = writeTree({
  'kb.yaml': `${TRACKS}roles:
  - id: meter-readers
    title: Meter Readers
    track: marketing
    level: junior
    summary: Read meters.
    aliases: [Customer Field Representative, Utility Service Worker]
    responsibilities:
      - Record readings of gas, water or electric meters.
      - Answer questions about charges, or direct callers to customer service centers.
`,
});

describe('the evidence a search shows first', () => {
  it('is the text that holds every word of the query, before an alias that holds one', async () => {
    const { stdout, code } = await runMain([
      '--no-builtin',
      '--data',
      data,
      'search',
      'customer service',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'meter-readers\tMeter Readers\tresponsibility\tAnswer questions about charges, or direct callers to customer service centers.\n',
    );
    // A query of one word keeps the fields' order: the alias first.
    const one = await runMain(['--no-builtin', '--data', data, 'search', 'customer']);
    expect(one.stdout).toBe(
      'meter-readers\tMeter Readers\taliases\tCustomer Field Representative\n',
    );
  });
});
