import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { WorkbenchError } from '../core/errors.ts';
import { backupOpenDatabase } from './backup.ts';
import { assertNotFromTheFuture, migrate, type Migration } from './migrate.ts';
import { migrations as allMigrations } from './migrations/index.ts';

/**
 * Opens (creating if needed) a workbench database and brings its schema up to date.
 * The version check runs before WAL is switched on, because that already writes to the file.
 */
export function openDatabase(path: string, migrations: readonly Migration[] = allMigrations): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new WorkbenchError('STORAGE_FAILED', `Cannot open the database at ${path}: ${(error as Error).message}`);
  }
  try {
    assertNotFromTheFuture(db, migrations);
    const current = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)?.version ?? 0;
    // Signal Desktop's rule: copy the user's data before any migration touches it.
    if (path !== ':memory:' && current > 0 && current < latest) backupOpenDatabase(db, path, 'migration');
    db.pragma('journal_mode = WAL');
    // FULL: an edit the UI was told is saved survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens an existing workbench database for reading only (an attached TM, a backup to
 * inspect, a file on read-only media). It must already be at this release's schema version.
 */
export function openDatabaseReadOnly(path: string, migrations: readonly Migration[] = allMigrations): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new WorkbenchError('STORAGE_FAILED', `Cannot open the database at ${path}: ${(error as Error).message}`);
  }
  const latest = migrations.at(-1)?.version ?? 0;
  let version: number;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    db.close();
    throw new WorkbenchError('CORRUPT_FILE', `${path} is not a readable workbench database: ${(error as Error).message}`);
  }
  if (version !== latest) {
    db.close();
    throw new WorkbenchError('DATABASE_TOO_NEW', `${path} has schema version ${version}; read-only opening needs version ${latest}`);
  }
  db.pragma('busy_timeout = 5000');
  return db;
}
