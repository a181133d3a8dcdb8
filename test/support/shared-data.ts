import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared folder beside the project: real external data that tests read, never copy. */
export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');

export function sharedPath(relative: string): string {
  return resolve(SHARED_DIR, relative);
}

export const SEED_PATH = sharedPath('seed/hk-ai-article.zh-Hant.txt');

/** True when the file is there; otherwise says so loudly, since the tests that need it are skipped. */
export function sharedAvailable(path: string): boolean {
  if (existsSync(path)) return true;
  console.warn(`SKIPPED: shared test data is missing at ${path} (see ../shared/testdata/SOURCES.md)`);
  return false;
}
