import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the desktop app keeps its database (Electron's userData folder for the product name
 * "Xingping"), so `xingping serve` without --db opens the same data as the desktop window.
 */
export function defaultDataFile(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const name = 'Xingping';
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), name, 'xingping.sqlite');
  }
  if (platform === 'darwin') {
    return join(home, 'Library', 'Application Support', name, 'xingping.sqlite');
  }
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), name, 'xingping.sqlite');
}
