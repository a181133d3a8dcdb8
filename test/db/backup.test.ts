import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.ts';
import { createBackup, dailyBackupDue, listBackups, pruneBackups, restoreBackup } from '../../db/backup.ts';
import type { Migration } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { useTempDir } from '../support/temp.ts';

const notes = (path: string) => {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT name FROM projects ORDER BY id').pluck().all();
  db.close();
  return rows;
};

describe('backups', () => {
  const tempDir = useTempDir();

  function database(dir: string) {
    const path = join(dir, 'workbench.sqlite');
    const db = openDatabase(path);
    db.prepare("INSERT INTO projects (name, created_at) VALUES ('before', 'now')").run();
    return { path, db };
  }

  it('copies the live database online, while a connection holds it open, and lists backups newest first', async () => {
    const { path, db } = database(tempDir());
    const first = await createBackup(path, 'startup', 10, new Date('2026-11-01T10:00:00Z'));
    db.prepare("INSERT INTO projects (name, created_at) VALUES ('after', 'now')").run();
    const second = await createBackup(path, 'daily', 10, new Date('2026-11-02T10:00:00Z'));
    expect(notes(first)).toEqual(['before']);
    expect(notes(second)).toEqual(['before', 'after']);
    expect(listBackups(path).map((b) => [b.reason, b.createdAt])).toEqual([
      ['daily', '2026-11-02T10:00:00.000Z'],
      ['startup', '2026-11-01T10:00:00.000Z'],
    ]);
    db.close();
  });

  it('keeps only the newest N', async () => {
    const { path, db } = database(tempDir());
    for (let day = 1; day <= 5; day += 1) await createBackup(path, 'daily', 3, new Date(`2026-11-0${day}T10:00:00Z`));
    expect(listBackups(path).map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-11-05', '2026-11-04', '2026-11-03']);
    pruneBackups(path, 1);
    expect(listBackups(path)).toHaveLength(1);
    db.close();
  });

  it('is due daily', async () => {
    const { path, db } = database(tempDir());
    expect(dailyBackupDue(path)).toBe(true);
    await createBackup(path, 'startup', 10, new Date('2026-11-01T10:00:00Z'));
    expect(dailyBackupDue(path, new Date('2026-11-01T20:00:00Z'))).toBe(false);
    expect(dailyBackupDue(path, new Date('2026-11-02T10:00:00Z'))).toBe(true);
    db.close();
  });

  it('backs up before a migration, and the backup holds the data as it was', () => {
    const { path, db } = database(tempDir());
    db.close();
    const next: Migration = { version: migrations.length + 1, name: 'add notes', sql: 'ALTER TABLE projects ADD COLUMN note TEXT' };
    openDatabase(path, [...migrations, next]).close();
    const [backup] = listBackups(path);
    expect(backup?.reason).toBe('migration');
    const copy = new Database(backup!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length);
    copy.close();
    expect(notes(backup!.file)).toEqual(['before']);
  });

  it('restores a backup, keeping what it replaced as one more backup', async () => {
    const { path, db } = database(tempDir());
    const backup = await createBackup(path, 'manual');
    db.prepare("INSERT INTO projects (name, created_at) VALUES ('later', 'now')").run();
    db.close();
    const safety = await restoreBackup(path, backup);
    expect(notes(path)).toEqual(['before']);
    expect(notes(safety)).toEqual(['before', 'later']);
    expect(openDatabase(path).pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses to restore a damaged backup and leaves the database untouched', async () => {
    const { path, db } = database(tempDir());
    db.close();
    const damaged = join(tempDir(), 'damaged.sqlite');
    writeFileSync(damaged, 'SQLite format 3\0' + 'garbage'.repeat(500));
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    await expect(restoreBackup(path, damaged)).rejects.toMatchObject({ code: expect.stringMatching(/STORAGE_FAILED|CORRUPT_FILE/) });
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });
});
