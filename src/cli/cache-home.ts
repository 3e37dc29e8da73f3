import { join } from 'node:path';

/**
 * Where career-advisor keeps what it can rebuild: CAREER_CACHE_HOME if set,
 * else the platform's cache folder ($XDG_CACHE_HOME or ~/.cache on Linux,
 * ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function cacheHome(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
): string {
  if (env.CAREER_CACHE_HOME) return env.CAREER_CACHE_HOME;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'career-advisor');
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'career-advisor', 'Cache');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'career-advisor');
}
