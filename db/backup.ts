/**
 * Rolling backups of the workbench database, as Signal Desktop keeps them: one at start-up,
 * one a day, one before every migration, and one before a restore. They live beside the
 * database in backups/, and only the newest N are kept (N is set in backup-settings.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_REASONS, type BackupReasonT } from '../core/api/backup-schemas.ts';
import { WorkbenchError } from '../core/errors.ts';
import { backupDir, backupsKept } from './backup-settings.ts';
import { migrations } from './migrations/index.ts';

export { backupDir, backupsKept, requireBackupsKept, setBackupsKept } from './backup-settings.ts';

export type BackupReason = BackupReasonT;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupInfo {
  file: string;
  name: string;
  reason: BackupReason;
  createdAt: string;
  bytes: number;
}

function backupPath(dbPath: string, reason: BackupReason, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(backupDir(dbPath), `${basename(dbPath, '.sqlite')}-${stamp}-${reason}.sqlite`);
}

const NAME = new RegExp(`-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z)-(${BACKUP_REASONS.join('|')})\\.sqlite$`);

/** Backups of this database, newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDir(dbPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => {
      const [, stamp = '', reason = 'manual'] = match;
      const iso = stamp.replace(/T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z/, 'T$1:$2:$3.$4Z');
      const file = join(dir, name);
      return { file, name, reason: reason as BackupReason, createdAt: iso, bytes: statSync(file).size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The configured number to keep; a damaged setting keeps everything rather than guess. */
const configuredKeep = (dbPath: string) => backupsKept(dbPath) ?? Infinity;

/** Deletes all but the newest `keep` backups. */
export function pruneBackups(dbPath: string, keep = configuredKeep(dbPath)): void {
  for (const old of listBackups(dbPath).slice(keep)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${old.file}${suffix}`, { force: true });
  }
}

/** Copies the live database with SQLite's online backup, which readers and writers do not block. */
export async function createBackup(dbPath: string, reason: BackupReason, keep = configuredKeep(dbPath), now = new Date()): Promise<string> {
  mkdirSync(backupDir(dbPath), { recursive: true });
  const target = backupPath(dbPath, reason, now);
  const source = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  // The copy takes the live file's WAL mode; one self-contained file is what a backup should be,
  // and reading it later (to check it) then leaves no -wal or -shm beside it.
  const copy = new Database(target);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  pruneBackups(dbPath, keep);
  return target;
}

/**
 * Copies an open database synchronously (VACUUM INTO) without pruning: for the moment before
 * a migration or a restore, when nothing else may run in between.
 */
export function copyOpenDatabase(db: Database.Database, dbPath: string, reason: BackupReason, now = new Date()): string {
  mkdirSync(backupDir(dbPath), { recursive: true });
  const target = backupPath(dbPath, reason, now);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** A synchronous backup of an open database, then pruning (before a migration). */
export function backupOpenDatabase(db: Database.Database, dbPath: string, reason: BackupReason, now = new Date()): string {
  const target = copyOpenDatabase(db, dbPath, reason, now);
  pruneBackups(dbPath);
  return target;
}

/** True when the newest start-up or daily backup is a day old or there is none. */
export function dailyBackupDue(dbPath: string, now = new Date()): boolean {
  const newest = listBackups(dbPath).find((b) => b.reason === 'daily' || b.reason === 'startup');
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

/** A backup of this database by its file name, as listBackups gives it: never a path elsewhere. */
export function findBackup(dbPath: string, name: string): BackupInfo {
  // No separator of any system: a name can only address a file in the backups folder.
  if (/[\\/]/.test(name) || !NAME.test(name)) {
    throw new WorkbenchError('INVALID_PAYLOAD', `"${name.slice(0, 100)}" is not the name of a backup: choose one from the list of backups`);
  }
  const backup = listBackups(dbPath).find((b) => b.name === name);
  if (!backup) throw new WorkbenchError('NOT_FOUND', `There is no backup named ${name} in ${backupDir(dbPath)}`);
  return backup;
}

/**
 * Checks that a file can replace the database: a sound SQLite file, holding a workbench
 * database, from this release or an older one (opening it migrates an older one).
 */
export function verifyBackup(file: string): void {
  const name = basename(file);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new WorkbenchError('NOT_FOUND', `The backup ${name} cannot be opened: ${(error as Error).message}`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)?.version ?? 0;
    if (version > latest) {
      throw new WorkbenchError('DATABASE_TOO_NEW', `The backup ${name} was made by a newer release (schema version ${version}; this release knows up to ${latest}). Nothing was changed.`);
    }
    if (version < 1) throw new WorkbenchError('CORRUPT_FILE', `${name} is not a Bilingual Workbench database. Nothing was changed.`);
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new WorkbenchError('CORRUPT_FILE', `The backup ${name} is damaged (${String(integrity)}). Nothing was changed.`);
  } catch (error) {
    if (error instanceof WorkbenchError) throw error;
    throw new WorkbenchError('CORRUPT_FILE', `The backup ${name} is not a readable database (${(error as Error).message}). Nothing was changed.`);
  } finally {
    db.close();
  }
}

/**
 * Puts a copy of the file in the place of the database, which must be closed. The copy is
 * renamed over the database, so a crash leaves either the old or the new file, never half of one.
 */
export function installBackup(dbPath: string, file: string): void {
  const incoming = `${dbPath}.restoring`;
  copyFileSync(file, incoming);
  // A journal left beside the old file would be replayed into the new one.
  for (const suffix of ['-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  renameSync(incoming, dbPath);
}

/**
 * Replaces the database (which must be closed) with a backup, after checking the backup
 * is sound and saving the current state as one more backup, so a restore can be undone.
 * Pruning waits until the copy is in, so it cannot delete the backup being restored.
 */
export async function restoreBackup(dbPath: string, backupFile: string): Promise<string> {
  verifyBackup(backupFile);
  const safety = existsSync(dbPath) ? await createBackup(dbPath, 'restore', Infinity) : '';
  installBackup(dbPath, backupFile);
  pruneBackups(dbPath);
  return safety;
}
