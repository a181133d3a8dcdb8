/**
 * Backups through the contract: list and make them, set how many are kept, and restore one
 * while the app runs. db/backup.ts handles the files; this module swaps the open database.
 */
import { basename } from 'node:path';
import type { BackupEntryT } from '../core/api/backup-schemas.ts';
import type { MethodResult } from '../core/api/contract.ts';
import { WorkbenchError } from '../core/errors.ts';
import * as files from '../db/backup.ts';
import { Store } from '../db/store.ts';
import type { StoreHolder } from './store-holder.ts';

const entry = ({ name, reason, createdAt, bytes }: files.BackupInfo): BackupEntryT => ({ name, reason, createdAt, bytes });

/** The file behind the store: a database kept in memory has no backups. */
function databaseFile(store: Store): string {
  if (store.path === '' || store.path === ':memory:') throw new WorkbenchError('NOT_FOUND', 'This database is kept in memory: it has no backups');
  return store.path;
}

export function listBackups(store: Store): BackupEntryT[] {
  return files.listBackups(databaseFile(store)).map(entry);
}

export async function createBackup(store: Store): Promise<BackupEntryT> {
  const path = databaseFile(store);
  return entry(files.findBackup(path, basename(await files.createBackup(path, 'manual'))));
}

export function backupSettings(store: Store): MethodResult<'getBackupSettings'> {
  const path = databaseFile(store);
  return { keep: files.requireBackupsKept(path), folder: files.backupDir(path) };
}

/** A smaller number takes effect at once: the list the user sees is the list that is kept. */
export function setBackupSettings(store: Store, keep: number): MethodResult<'setBackupSettings'> {
  const path = databaseFile(store);
  files.setBackupsKept(path, keep);
  files.pruneBackups(path, keep);
  return backupSettings(store);
}

/**
 * Replaces the open database with a backup: the backup is checked before anything is touched,
 * the current state is saved as a "restore" backup on the open connection, then the store is
 * closed, the copy put in, and the database opened again (which migrates an older backup).
 * The caller runs this alone (service/call-gate.ts), so no call sees the store closed.
 */
export function restoreBackup(stores: StoreHolder, name: string): MethodResult<'restoreBackup'> {
  const path = databaseFile(stores.current);
  const backup = files.findBackup(path, name);
  files.verifyBackup(backup.file);
  const safety = files.findBackup(path, basename(stores.current.backUp('restore')));
  stores.close();
  try {
    files.installBackup(path, backup.file);
    stores.replace(Store.open(path));
  } catch (error) {
    putBack(stores, path, safety, error);
  }
  // Only now: pruning earlier could delete the backup being restored.
  files.pruneBackups(path);
  return { restored: entry(backup), safety: entry(safety) };
}

/** After a restore that failed with the store closed, the saved state goes back in and is opened again. */
function putBack(stores: StoreHolder, path: string, safety: files.BackupInfo, error: unknown): never {
  files.installBackup(path, safety.file);
  stores.replace(Store.open(path));
  const reason = error instanceof Error ? error.message : String(error);
  throw new WorkbenchError('STORAGE_FAILED', `The backup could not be restored (${reason}). The data as it was before is back in place.`);
}
