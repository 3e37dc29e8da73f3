import { join } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** Where each kind of folder lives by default: the override, then each platform's convention. */
const FOLDERS = {
  /** What a user keeps: history. */
  data: {
    variable: 'CAREER_DATA_HOME',
    xdg: 'XDG_DATA_HOME',
    unix: ['.local', 'share'],
    darwin: 'Application Support',
    windows: [],
  },
  /** What can be rebuilt: the knowledge-base cache. */
  cache: {
    variable: 'CAREER_CACHE_HOME',
    xdg: 'XDG_CACHE_HOME',
    unix: ['.cache'],
    darwin: 'Caches',
    windows: ['Cache'],
  },
} as const;

/**
 * A folder of career-advisor's: CAREER_DATA_HOME or CAREER_CACHE_HOME if
 * set, else the platform's usual place ($XDG_DATA_HOME or ~/.local/share,
 * $XDG_CACHE_HOME or ~/.cache on Linux; ~/Library/Application Support or
 * ~/Library/Caches on macOS; %LOCALAPPDATA% on Windows).
 */
export function userFolder(
  kind: keyof typeof FOLDERS,
  env: Env,
  platform: NodeJS.Platform,
  home: string,
): string {
  const folder = FOLDERS[kind];
  const override = env[folder.variable];
  if (override) return override;
  if (platform === 'darwin') return join(home, 'Library', folder.darwin, 'career-advisor');
  if (platform === 'win32')
    return join(
      env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'),
      'career-advisor',
      ...folder.windows,
    );
  return join(env[folder.xdg] || join(home, ...folder.unix), 'career-advisor');
}

export function historyFile(dataFolder: string): string {
  return join(dataFolder, 'history.jsonl');
}
