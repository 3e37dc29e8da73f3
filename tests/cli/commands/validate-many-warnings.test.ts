import { describe, expect, it } from 'vitest';
import { TRACKS, writeTree } from '../../helpers/files.js';
import { runMain } from '../../helpers/run-main.js';

/**
 * `career validate` on a fresh O*NET import printed 17,361 warnings, one a
 * line (an alternate title such as "Operations Manager" is a name of
 * several occupations): the summary and any other warning were lost in
 * them. Each kind of warning is shown a few times, then counted; `--json`
 * still lists every one.
 */
const ROLES = 30;
const roles = Array.from(
  { length: ROLES },
  (_, n) => `  - id: role-${n}
    title: Role ${n}
    track: marketing
    level: junior
    summary: Does things.
    aliases: [Operations Manager]
    responsibilities: [Do the work number ${n}]
    advancesTo: [${n + 1 < ROLES ? `role-${n + 1}` : ''}]`,
);
const KB = writeTree({
  'roles.yaml': `${TRACKS}roles:
${roles.join('\n')}
  - id: hermit
    title: Hermit
    track: marketing
    level: junior
    summary: Alone.
    responsibilities: [Keep to itself]
`,
});

describe('validate with many warnings of one kind', () => {
  it('shows ten of the kind, counts the rest in one line, and still shows the other kinds and the summary', async () => {
    const { stdout, stderr, code } = await runMain(['--no-builtin', 'validate', KB]);
    expect(code).toBe(0);
    expect(stdout).toBe('valid: 1 file, 31 roles, 1 track, 29 advancement edges\n');
    const lines = stderr.trimEnd().split('\n');
    const shared = lines.filter((line) => line.includes('"Operations Manager" is also a name of'));
    expect(shared).toHaveLength(10);
    expect(lines).toContain(
      `career: warning: and ${ROLES - 10} more names that several roles answer to: career validate --json lists every warning`,
    );
    expect(lines.filter((line) => line.includes('"hermit" leads to no role'))).toHaveLength(1);
    expect(lines).toHaveLength(12);
  });

  it('--json lists every warning', async () => {
    const { stdout, code } = await runMain(['--no-builtin', 'validate', KB, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).warnings).toHaveLength(ROLES + 1);
  });
});
