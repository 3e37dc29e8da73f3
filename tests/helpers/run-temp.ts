import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest's globalSetup (vitest.config.ts): one temporary folder for the
 * whole run, removed at its end, so a run leaves nothing in /tmp. Tests make
 * thousands of folders (tempDir(), each helper's scratch home, every copy of
 * the program); removing each where it is made would take a `finally` in
 * hundreds of places, and a folder a failed test still needs to be looked at
 * would be gone.
 *
 * It works through TMPDIR, which os.tmpdir() reads: set here, in vitest's
 * own process, before it starts its workers, they copy it with the rest of
 * the environment, and every process a test starts inherits it (cleanEnv()
 * passes it on), so what they make lands here too.
 */
export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'career-run-'));
  // As /tmp is: some tests run the CLI as another user (uid 65534), who must
  // reach the folders made in here; sticky, so no one removes another's entry.
  chmodSync(root, 0o1777);
  process.env.TMPDIR = root;
  const remove = () => rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  // Ctrl-C: vitest exits at once, without its teardown; this runs on the way out.
  // At worst (a process still writing in it) this one folder stays.
  const onExit = () => {
    try {
      remove();
    } catch {
      // Nothing to do on the way out: the folder's name says what it was.
    }
  };
  process.on('exit', onExit);
  return () => {
    process.off('exit', onExit);
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    // A failure here (a tmpfs a test left mounted in it) fails the run, to be seen.
    remove();
  };
}
