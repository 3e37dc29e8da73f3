import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ROOT } from '../helpers/cli.js';

/** The files `npm pack` would put in the tarball, without building or writing it. */
function packedFiles(): string[] {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    env: cleanEnv({ npm_config_update_notifier: 'false' }),
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  const [packed] = JSON.parse(run.stdout) as { files: { path: string }[] }[];
  return (packed?.files ?? []).map((file) => file.path);
}

describe('what the package carries', () => {
  it('has the MIT license its package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.license).toBe('MIT');
    expect(packedFiles()).toContain('LICENSE');
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the career-advisor authors\n/);
  });

  it('holds every docs/ file the README links to and the init template points to', () => {
    const files = packedFiles();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const linked = new Set([...readme.matchAll(/\]\((docs\/[^)#]+)/g)].map((m) => m[1]));
    expect([...linked].sort()).toEqual(
      expect.arrayContaining(['docs/json.md', 'docs/knowledge-base.md']),
    );
    for (const doc of linked) expect(files).toContain(doc);
  });
});
