import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.js';
import type { KnowledgeBase } from '../../src/knowledge-base/model.js';
import { ROOT } from '../helpers/cli.js';
import { runMain } from '../helpers/run-main.js';

/** The built-in knowledge base with one more track, level and topic, counting its loads. */
function grown() {
  const base = loadKnowledgeBase([join(ROOT, 'data')]);
  const loads = { count: 0 };
  const loadBuiltin = (): KnowledgeBase => {
    loads.count++;
    return {
      ...base,
      tracks: [
        ...base.tracks,
        { ...(base.tracks[0] as KnowledgeBase['tracks'][number]), id: 'content' },
      ],
      levels: [
        ...base.levels,
        { ...(base.levels[0] as KnowledgeBase['levels'][number]), id: 'lead' },
      ],
      guidance: [
        ...base.guidance,
        { ...(base.guidance[0] as KnowledgeBase['guidance'][number]), id: 'new-topic' },
      ],
    };
  };
  return { loads, loadBuiltin };
}

describe('help names the tracks, levels and topics the built-in data has', () => {
  it('list --help and guide --help list them from the data, not from a copy', async () => {
    const { loadBuiltin } = grown();
    const list = await runMain(['list', '--help'], { loadBuiltin });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('only this track (digital-marketing, e-commerce, content)');
    expect(list.stdout).toContain('only this level (associate, advanced, lead)');
    const guide = await runMain(['guide', '--help'], { loadBuiltin });
    expect(guide.stdout.replace(/\s+/g, ' ')).toContain(
      'one topic: marketer-or-manager, know-what-you-are-getting-into, understand-the-role, best-fit, new-topic',
    );
  });

  it('the program’s own --help, and a command that runs, never read the data for it', async () => {
    const { loads, loadBuiltin } = grown();
    expect((await runMain(['--help'], { loadBuiltin })).code).toBe(0);
    expect((await runMain(['schema'], { loadBuiltin })).code).toBe(0);
    expect(loads.count).toBe(0);
    // A command's help reads it once, however many of its options name ids.
    await runMain(['list', '--help'], { loadBuiltin });
    expect(loads.count).toBe(1);
  });

  it('a damaged built-in knowledge base leaves help whole, without the list', async () => {
    const { stdout, code } = await runMain(['list', '--help'], {
      loadBuiltin: () => {
        throw new Error('damaged');
      },
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/--track <track> +only this track\n/);
  });
});
