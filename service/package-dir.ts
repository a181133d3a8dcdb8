/**
 * The folder of an installed package, found the way Node finds packages: up the folder tree.
 * Bundled code has no resolver for data files; this works from out/main and inside the app's asar.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WorkbenchError } from '../core/errors.ts';

/** `probe` is a file the package must hold; `what` names the data in the error when it is missing. */
export function installedPackageDir(name: string, probe: string, what: string, from: string = import.meta.dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, probe))) return candidate;
    if (dirname(dir) === dir) throw new WorkbenchError('NOT_FOUND', `${what} (the ${name} package) is not installed`);
  }
}
