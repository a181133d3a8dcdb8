/** How many backups are kept, and the checks a backup passes before it may replace the database. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKUPS_KEPT } from '../../core/api/backup-schemas.ts';
import {
  backupDir,
  backupsKept,
  createBackup,
  findBackup,
  listBackups,
  requireBackupsKept,
  restoreBackup,
  setBackupsKept,
  verifyBackup,
} from '../../db/backup.ts';
import { openDatabase } from '../../db/connection.ts';
import type { Migration } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { useTempDir } from '../support/temp.ts';

const projects = (path: string) => {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT name FROM projects ORDER BY id').pluck().all();
  db.close();
  return rows;
};

const day = (n: number) => new Date(`2026-11-${String(n).padStart(2, '0')}T10:00:00Z`);

describe('how many backups are kept', () => {
  const tempDir = useTempDir();

  function database() {
    const path = join(tempDir(), 'workbench.sqlite');
    const db = openDatabase(path);
    db.prepare("INSERT INTO projects (name, created_at) VALUES ('one', 'now')").run();
    return { path, db };
  }

  it('keeps the default until a number is set, and the number persists beside the backups', async () => {
    const { path, db } = database();
    expect(backupsKept(path)).toBe(DEFAULT_BACKUPS_KEPT);
    setBackupsKept(path, 3);
    expect(JSON.parse(readFileSync(join(backupDir(path), 'settings.json'), 'utf8'))).toEqual({ keep: 3 });
    expect(backupsKept(path)).toBe(3);
    // Every way a backup is made prunes to the set number: the rolling ones pass no number.
    for (let n = 1; n <= 5; n += 1) await createBackup(path, 'daily', undefined, day(n));
    expect(listBackups(path).map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-11-05', '2026-11-04', '2026-11-03']);
    db.close();
  });

  it('prunes to the set number before a migration too', async () => {
    const { path, db } = database();
    setBackupsKept(path, 2);
    for (let n = 1; n <= 3; n += 1) await createBackup(path, 'startup', undefined, day(n));
    db.close();
    const next: Migration = { version: migrations.length + 1, name: 'add notes', sql: 'ALTER TABLE projects ADD COLUMN note TEXT' };
    openDatabase(path, [...migrations, next]).close();
    expect(listBackups(path).map((b) => b.reason)).toEqual(['migration', 'startup']);
  });

  it('refuses a number out of range and keeps the one set', () => {
    const { path, db } = database();
    setBackupsKept(path, 4);
    for (const bad of [0, -1, 101, 2.5, Number.NaN]) {
      expect(() => setBackupsKept(path, bad)).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD' }));
    }
    expect(backupsKept(path)).toBe(4);
    db.close();
  });

  it('reports a damaged settings file, and then deletes no backup rather than guess', async () => {
    const { path, db } = database();
    setBackupsKept(path, 1);
    writeFileSync(join(backupDir(path), 'settings.json'), '{"keep": "lots"');
    expect(backupsKept(path)).toBeNull();
    expect(() => requireBackupsKept(path)).toThrow(/backup settings .* are damaged: set the number of backups to keep again/);
    for (let n = 1; n <= 3; n += 1) await createBackup(path, 'daily', undefined, day(n));
    expect(listBackups(path)).toHaveLength(3);
    setBackupsKept(path, 2);
    await createBackup(path, 'daily', undefined, day(4));
    expect(listBackups(path)).toHaveLength(2);
    db.close();
  });
});

describe('choosing and checking a backup to restore', () => {
  const tempDir = useTempDir();

  async function withBackup() {
    const path = join(tempDir(), 'workbench.sqlite');
    const db = openDatabase(path);
    db.prepare("INSERT INTO projects (name, created_at) VALUES ('before', 'now')").run();
    const file = await createBackup(path, 'manual', undefined, day(1));
    db.prepare("INSERT INTO projects (name, created_at) VALUES ('after', 'now')").run();
    db.close();
    return { path, file };
  }

  it('takes only the name of a listed backup, never a path', async () => {
    const { path, file } = await withBackup();
    const [backup] = listBackups(path);
    expect(findBackup(path, backup!.name).file).toBe(file);
    for (const name of ['../workbench.sqlite', '../../etc/passwd', `backups/${backup!.name}`, file, 'settings.json', `..\\${backup!.name}`]) {
      expect(() => findBackup(path, name), name).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD', message: expect.stringContaining('is not the name of a backup') }));
    }
    expect(() => findBackup(path, 'workbench-2026-01-01T00-00-00-000Z-manual.sqlite')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining('There is no backup named workbench-2026-01-01T00-00-00-000Z-manual.sqlite') }),
    );
  });

  it('refuses a file that is not SQLite, a damaged copy, a database that is not the workbench, and one from a newer release', async () => {
    const { file } = await withBackup();
    const dir = tempDir();
    const notSqlite = join(dir, 'notes.sqlite');
    writeFileSync(notSqlite, 'These are my notes, not a database.\n'.repeat(200));
    expect(() => verifyBackup(notSqlite)).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE', message: expect.stringContaining('is not a readable database') }));

    const truncated = join(dir, 'truncated.sqlite');
    const bytes = readFileSync(file);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(() => verifyBackup(truncated)).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));

    const stranger = join(dir, 'other-app.sqlite');
    const other = new Database(stranger);
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(() => verifyBackup(stranger)).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE', message: expect.stringContaining('is not a Bilingual Workbench database') }));

    const newer = join(dir, 'newer.sqlite');
    openDatabase(newer, [...migrations, { version: migrations.length + 1, name: 'future', sql: 'CREATE TABLE future (x)' }]).close();
    expect(() => verifyBackup(newer)).toThrow(expect.objectContaining({ code: 'DATABASE_TOO_NEW', message: expect.stringContaining('was made by a newer release') }));

    expect(() => verifyBackup(join(dir, 'missing.sqlite'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => verifyBackup(file)).not.toThrow();
  });

  it('restores the oldest backup even when the safety backup fills the number kept', async () => {
    const { path, file } = await withBackup();
    setBackupsKept(path, 1);
    const safety = await restoreBackup(path, file);
    expect(projects(path)).toEqual(['before']);
    expect(projects(safety)).toEqual(['before', 'after']);
    expect(listBackups(path).map((b) => b.file)).toEqual([safety]);
  });

  it('brings an older backup up to date on opening', async () => {
    const path = join(tempDir(), 'workbench.sqlite');
    const old = join(tempDir(), 'old.sqlite');
    openDatabase(old, migrations.slice(0, 2)).close();
    openDatabase(path).close();
    await restoreBackup(path, old);
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    db.close();
  });
});
