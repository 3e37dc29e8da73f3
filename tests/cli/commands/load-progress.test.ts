import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/cli.js';
import { role, TRACKS, writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

const CLEAR = '\u001b[1G\u001b[K';

/** A clock that moves on 0.3 s each time it is read: a load that takes its time. */
function slowClock(): () => Date {
  let t = Date.UTC(2026, 0, 1);
  return () => {
    t += 300;
    return new Date(t);
  };
}

/** A knowledge base of two files, never loaded before (a cache folder of its own). */
function firstLoad(stderrTTY: boolean, now?: () => Date) {
  const data = writeTree({
    'tracks.yaml': TRACKS,
    'roles.yaml': `roles:\n${role('analyst')}`,
  });
  return runMain(['--data', data, 'list', '--json'], {
    stderrTTY,
    now,
    columns: 60,
    env: { CAREER_CACHE_HOME: tempDir('career-cache-') },
  });
}

describe('a first load of a knowledge base that takes its time', () => {
  it('says on a terminal which file it reads, then that it checks them, and clears the line', async () => {
    const { code, stdout, stderr } = await firstLoad(true, slowClock());
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toContain('analyst');
    const lines = stderr.split(CLEAR).filter((part) => part !== '');
    expect(
      lines.some((line) =>
        /^career: loading the knowledge base: reading (roles|tracks)\.yaml…$/.test(line),
      ),
    ).toBe(true);
    expect(lines).toContain('career: loading the knowledge base: checking 2 files…');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(59);
    expect(stderr.endsWith(CLEAR)).toBe(true);
  });

  it('prints nothing in a pipe, or when the load is quick', async () => {
    expect((await firstLoad(false, slowClock())).stderr).toBe('');
    expect((await firstLoad(true, () => new Date(Date.UTC(2026, 0, 1)))).stderr).toBe('');
  });
});
