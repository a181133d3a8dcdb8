import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Bilingual Workbench';
export const DATABASE_FILE = 'workbench.sqlite';

/**
 * The folder Electron uses as app.getPath('userData'), computed without Electron so
 * the CLI opens the same database as the desktop app by default.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

export function defaultDatabasePath(): string {
  return join(userDataDir(), DATABASE_FILE);
}
