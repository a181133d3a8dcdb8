/**
 * Rolling backups of the workbench database, as Signal Desktop keeps them: one at start-up,
 * one a day, one before every migration, and one before a restore. They live beside the
 * database in backups/, and only the newest N are kept.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { WorkbenchError } from '../core/errors.ts';
import { openDatabaseReadOnly } from './connection.ts';

export type BackupReason = 'startup' | 'daily' | 'migration' | 'restore' | 'manual';
export const DEFAULT_BACKUPS_KEPT = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupInfo {
  file: string;
  reason: BackupReason;
  createdAt: string;
  bytes: number;
}

export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

function backupPath(dbPath: string, reason: BackupReason, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(backupDir(dbPath), `${basename(dbPath, '.sqlite')}-${stamp}-${reason}.sqlite`);
}

const NAME = /-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-(startup|daily|migration|restore|manual)\.sqlite$/;

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
      return { file: join(dir, name), reason: reason as BackupReason, createdAt: iso, bytes: statSync(join(dir, name)).size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Deletes all but the newest `keep` backups. */
export function pruneBackups(dbPath: string, keep = DEFAULT_BACKUPS_KEPT): void {
  for (const old of listBackups(dbPath).slice(keep)) rmSync(old.file, { force: true });
}

/** Copies the live database with SQLite's online backup, which readers and writers do not block. */
export async function createBackup(dbPath: string, reason: BackupReason, keep = DEFAULT_BACKUPS_KEPT, now = new Date()): Promise<string> {
  mkdirSync(backupDir(dbPath), { recursive: true });
  const target = backupPath(dbPath, reason, now);
  const source = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  pruneBackups(dbPath, keep);
  return target;
}

/**
 * Copies an open database synchronously (VACUUM INTO), for the moment before a migration,
 * when opening cannot wait for an asynchronous backup.
 */
export function backupOpenDatabase(db: Database.Database, dbPath: string, reason: BackupReason, now = new Date()): string {
  mkdirSync(backupDir(dbPath), { recursive: true });
  const target = backupPath(dbPath, reason, now);
  db.prepare('VACUUM INTO ?').run(target);
  pruneBackups(dbPath);
  return target;
}

/** True when the newest start-up or daily backup is a day old or there is none. */
export function dailyBackupDue(dbPath: string, now = new Date()): boolean {
  const newest = listBackups(dbPath).find((b) => b.reason === 'daily' || b.reason === 'startup');
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

/**
 * Replaces the database (which must be closed) with a backup, after checking the backup
 * is sound and saving the current state as one more backup, so a restore can be undone.
 */
export async function restoreBackup(dbPath: string, backupFile: string): Promise<string> {
  if (!existsSync(backupFile)) throw new WorkbenchError('NOT_FOUND', `No backup at ${backupFile}`);
  const check = openDatabaseReadOnly(backupFile);
  const integrity = check.pragma('integrity_check', { simple: true });
  check.close();
  if (integrity !== 'ok') throw new WorkbenchError('CORRUPT_FILE', `The backup ${basename(backupFile)} is damaged (${String(integrity)})`);
  const safety = existsSync(dbPath) ? await createBackup(dbPath, 'restore') : null;
  for (const suffix of ['-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  copyFileSync(backupFile, dbPath);
  return safety ?? '';
}
