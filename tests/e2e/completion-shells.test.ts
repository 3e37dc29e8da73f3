import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, career, cleanEnv, tempDir } from '../helpers/cli.js';
import { role, TRACKS, writeTree } from '../helpers/files.js';

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
const ZSH = has('zsh');
const FISH = has('fish');
if (!ZSH) console.warn('completion: zsh is not installed here; its tests are skipped');
if (!FISH) console.warn('completion: fish is not installed here; its tests are skipped');

/**
 * A folder as a user's would be: `career` on the PATH, a knowledge base of
 * their own (my-roles: roles mine-one and mine-two, no built-in roles), and
 * a few files to complete.
 */
let home: string;
let env: NodeJS.ProcessEnv;
const scripts = { bash: '', zsh: '', fish: '' };

beforeAll(async () => {
  home = tempDir('career-complete-');
  const bin = join(home, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'career'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'career'), 0o755);
  const kb = writeTree({ 'kb.yaml': `${TRACKS}roles:\n${role('mine-one')}${role('mine-two')}` });
  spawnSync('cp', ['-r', kb, join(home, 'my-roles')]);
  mkdirSync(join(home, 'results', 'inner'), { recursive: true });
  writeFileSync(join(home, 'results', 'alex.yaml'), 'x');
  env = cleanEnv({ HOME: home, PATH: `${bin}:${process.env.PATH}` });
  for (const shell of ['bash', 'zsh', 'fish'] as const) {
    const { stdout, code } = await career(['completion', shell]);
    expect(code).toBe(0);
    scripts[shell] = join(home, `career.${shell}`);
    writeFileSync(scripts[shell], stdout);
  }
});

/** What bash offers on Tab after `line` (words split on spaces; a trailing space starts a new word). */
function bash(line: string): string[] {
  const words = line.split(' ').map((w) => `'${w}'`);
  const run = spawnSync(
    'bash',
    [
      '-c',
      `source '${scripts.bash}'; COMP_WORDS=(${words.join(' ')}); COMP_CWORD=${words.length - 1}; _career; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    { cwd: home, env, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean);
}

/** What fish offers for `line`, from fish's own `complete -C`, descriptions left out. */
function fish(line: string): string[] {
  const run = spawnSync('fish', ['-c', `source '${scripts.fish}'; complete -C'${line}'`], {
    cwd: home,
    env,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t')[0] ?? '');
}

/**
 * The command line zsh shows after one Tab, typed into a real interactive
 * zsh (in a pseudo-terminal, through zsh/zpty) with the script installed as
 * the README says: in a folder on fpath, then compinit.
 */
function zshAfterTab(line: string): string {
  const zfunc = join(home, 'zfunc');
  mkdirSync(zfunc, { recursive: true });
  spawnSync('cp', [scripts.zsh, join(zfunc, '_career')]);
  const driver = `
zmodload zsh/zpty
zpty z "zsh -f -i"
zpty -w z "PS1='> '; fpath=(${zfunc} \\$fpath); autoload -Uz compinit; compinit -u -d ${home}/.zcompdump; print READY"
zpty -r -m z out '*READY*'
zpty -w -n z $'${line}\\t'
sleep 2
out=''
while zpty -r -t z chunk; do out+=$chunk; done
print -r -- "$out"
zpty -d z
`;
  const run = spawnSync('zsh', ['-f', '-c', driver], {
    cwd: home,
    env,
    encoding: 'utf8',
    timeout: 20_000,
  });
  // The screen's escapes (bold, bracketed paste) left out: the text is what counts.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point.
  return run.stdout.replace(/\u001b\[[0-9;?]*[a-zA-Z]/g, '');
}

describe('completion in a real bash', () => {
  it('reads past global options and their values: --data my-roles is not the command', () => {
    expect(bash('career --data my-roles --no-builtin show mine-')).toEqual([
      'mine-one',
      'mine-two',
    ]);
    expect(bash('career -d my-roles --no-builtin compare mine-one mine-t')).toEqual(['mine-two']);
  });

  it('completes paths where a path goes, folders where a folder goes', () => {
    expect(bash('career validate res')).toEqual(['results']);
    expect(bash('career validate results/').sort()).toEqual(['results/alex.yaml', 'results/inner']);
    expect(bash('career --data my')).toEqual(['my-roles']);
    expect(bash('career quiz --answers results/a')).toEqual(['results/alex.yaml']);
    expect(bash('career team results/')).toEqual(['results/inner']);
    expect(bash('career init res')).toEqual(['results']);
    expect(bash('career import onet results --out results/i')).toEqual(['results/inner']);
  });

  it('offers help and import onet, and help’s command names', () => {
    expect(bash('career he')).toEqual(['help']);
    expect(bash('career import ')).toEqual(['onet']);
    expect(bash('career import onet res')).toEqual(['results']);
    expect(bash('career help comp')).toEqual(['compare', 'completion']);
  });
});

describe.skipIf(!FISH)('completion in a real fish', () => {
  it('is syntactically valid fish', () => {
    expect(spawnSync('fish', ['-n', scripts.fish]).status).toBe(0);
  });

  it('reads past global options, completes paths, offers help and import onet', () => {
    expect(fish('career --data my-roles --no-builtin show mine-')).toEqual([
      'mine-one',
      'mine-two',
    ]);
    expect(fish('career validate results/')).toEqual(['results/alex.yaml', 'results/inner/']);
    expect(fish('career --data my')).toEqual(['my-roles/']);
    expect(fish('career he')).toEqual(['help']);
    expect(fish('career import ')).toEqual(['onet']);
    expect(fish('career list --tr')).toEqual(['--track']);
  });
});

describe.skipIf(!ZSH)('completion in a real zsh, installed as the README says', () => {
  it('is syntactically valid zsh', () => {
    expect(spawnSync('zsh', ['-n', scripts.zsh]).status).toBe(0);
  });

  it('completes on the first Tab, past global options, and paths', () => {
    expect(zshAfterTab('career --data my-roles --no-builtin show mine-o')).toContain(
      'career --data my-roles --no-builtin show mine-one ',
    );
    expect(zshAfterTab('career validate results/al')).toContain(
      'career validate results/alex.yaml ',
    );
    expect(zshAfterTab('career imp')).toContain('career import ');
  });
});
