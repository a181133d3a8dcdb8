/**
 * How many backups to keep. The number lives in the backups folder, not in the database:
 * restoring an old backup must not bring back an old, smaller number that would then
 * delete the backups the user asked to keep.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BackupsKept, DEFAULT_BACKUPS_KEPT } from '../core/api/backup-schemas.ts';
import { WorkbenchError } from '../core/errors.ts';

const SETTINGS_FILE = 'settings.json';

export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

const settingsPath = (dbPath: string) => join(backupDir(dbPath), SETTINGS_FILE);

/** The number of backups kept (the default until one is set), or null when the settings file is damaged. */
export function backupsKept(dbPath: string): number | null {
  const file = settingsPath(dbPath);
  if (!existsSync(file)) return DEFAULT_BACKUPS_KEPT;
  try {
    return BackupsKept.parse((JSON.parse(readFileSync(file, 'utf8')) as { keep?: unknown }).keep);
  } catch {
    return null;
  }
}

/** The number of backups kept, for showing: a damaged file is reported, and setting the number again rewrites it. */
export function requireBackupsKept(dbPath: string): number {
  const keep = backupsKept(dbPath);
  if (keep === null) throw new WorkbenchError('CORRUPT_FILE', `The backup settings in ${settingsPath(dbPath)} are damaged: set the number of backups to keep again`);
  return keep;
}

/** Saves the number through a temporary file and a rename, so a crash leaves the old or the new file. */
export function setBackupsKept(dbPath: string, keep: number): void {
  const valid = BackupsKept.safeParse(keep);
  if (!valid.success) throw new WorkbenchError('INVALID_PAYLOAD', valid.error.issues[0]?.message ?? 'Not a number of backups');
  const file = settingsPath(dbPath);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify({ keep: valid.data })}\n`);
  renameSync(temporary, file);
}
