import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WorkbenchError } from '../core/errors.ts';

/** Writes through a temporary file and a rename, so a failed write never leaves half a file behind. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new WorkbenchError('STORAGE_FAILED', `Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Says clearly why a destination cannot take a file, before any work is done. */
export async function assertWritableDestination(out: string): Promise<void> {
  const fail = (why: string) => new WorkbenchError('STORAGE_FAILED', `Cannot export to ${out}: ${why}`);
  const folder = await stat(dirname(out)).catch(() => null);
  if (!folder) throw fail(`the folder ${dirname(out)} does not exist`);
  if (!folder.isDirectory()) throw fail(`${dirname(out)} is not a folder`);
  const existing = await stat(out).catch(() => null);
  if (existing?.isDirectory()) throw fail('that is a folder, not a file name');
}
