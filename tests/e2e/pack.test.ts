import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ROOT, tempDir } from '../helpers/cli.js';

function npm(args: string[], cwd: string) {
  const result = spawnSync('npm', args, {
    cwd,
    env: cleanEnv({ npm_config_update_notifier: 'false' }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

describe('the published package', () => {
  it('installs into an empty prefix and runs from any folder, with no tests inside', () => {
    const out = tempDir('career-pack-');
    // dist/ is already built by `npm test`; rebuilding here would race the other tests that run it.
    const [packed] = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', out], ROOT),
    ) as { filename: string; files: { path: string }[] }[];
    const paths = (packed?.files ?? []).map((f) => f.path);
    expect(paths).toContain('bin/career.js');
    expect(paths).toContain('dist/cli.cjs');
    // Without it, bin/career.js would be read as an ES module.
    expect(paths).toContain('bin/package.json');
    expect(paths).toContain('dist/knowledge-base.json');
    expect(paths).toContain('dist/THIRD-PARTY-LICENSES.txt');
    expect(
      paths.filter(
        (p) =>
          p.startsWith('tests/') ||
          p.startsWith('src/') ||
          p.startsWith('scripts/') ||
          p.startsWith('dist/.code-cache/'),
      ),
    ).toEqual([]);
    expect(paths).toContain('bin/code-cache.js');

    const prefix = tempDir('career-prefix-');
    // --offline: the libraries are bundled into dist/, so the package needs nothing from a registry.
    const tarball = join(out, packed?.filename ?? '');
    npm(
      ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
      out,
    );
    const installed = join(prefix, 'lib', 'node_modules');
    expect(readdirSync(installed)).toEqual(['career-advisor']);
    expect(existsSync(join(installed, 'career-advisor', 'node_modules'))).toBe(false);

    const elsewhere = tempDir('career-cwd-');
    const run = spawnSync(join(prefix, 'bin', 'career'), ['list'], {
      cwd: elsewhere,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toContain(
      'seo-specialist\tSEO specialist\tdigital-marketing\tassociate',
    );
  }, 120_000);
});
