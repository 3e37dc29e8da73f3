import { join } from 'node:path';

/**
 * Where career-advisor keeps what it saves for a user: CAREER_DATA_HOME if
 * set, else the platform's usual place for application data
 * ($XDG_DATA_HOME or ~/.local/share on Linux, ~/Library/Application Support
 * on macOS, %LOCALAPPDATA% on Windows).
 */
export function dataHome(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
): string {
  if (env.CAREER_DATA_HOME) return env.CAREER_DATA_HOME;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'career-advisor');
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'career-advisor');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'career-advisor');
}

export function historyFile(dataDirectory: string): string {
  return join(dataDirectory, 'history.jsonl');
}
