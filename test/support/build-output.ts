import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const PROJECT_DIR = resolve(import.meta.dirname, '../..');
export const OUT_DIR = resolve(PROJECT_DIR, 'out');
export const RENDERER_DIR = resolve(OUT_DIR, 'renderer');

/** Tests of the built app need `npm run build` first (npm test runs it); say so instead of failing obscurely. */
export function requireBuild(): void {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No build in ${OUT_DIR}: run "npm run build" first (npm test does this).`);
  }
}
