import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.ts';
import type { Migration } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { useTempDir } from '../support/temp.ts';

const latest = migrations.at(-1)?.version ?? 0;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

describe('migrations', () => {
  const tempDir = useTempDir();

  it('numbers migrations 1, 2, 3… with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('creates a fresh database at the latest version, in WAL mode with foreign keys', () => {
    const db = openDatabase(join(tempDir(), 'fresh.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['projects', 'documents', 'paragraphs', 'targets', 'target_revisions', 'tm_units']),
    );
    db.close();
  });

  it('re-opening an up-to-date database changes nothing and keeps its data', () => {
    const path = join(tempDir(), 'again.sqlite');
    const first = openDatabase(path);
    first.prepare("INSERT INTO projects (name, created_at) VALUES ('kept', 'now')").run();
    const schema = first.prepare('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all();
    first.close();
    const second = openDatabase(path);
    expect(second.pragma('user_version', { simple: true })).toBe(latest);
    expect(second.prepare('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all()).toEqual(schema);
    expect(second.prepare('SELECT name FROM projects').pluck().all()).toEqual(['kept']);
    second.close();
  });

  it('refuses a database from a newer release with a clear error and leaves the file untouched', () => {
    const path = join(tempDir(), 'future.sqlite');
    const future = new Database(path);
    future.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('from the future');");
    future.pragma(`user_version = ${latest + 7}`);
    future.close();
    const before = sha256(path);

    expect(() => openDatabase(path)).toThrow(
      expect.objectContaining({
        code: 'DATABASE_TOO_NEW',
        message: expect.stringContaining(`schema version ${latest + 7}`),
      }),
    );
    expect(sha256(path)).toBe(before);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('rolls back a failing migration and leaves the previous version and data in place', () => {
    const path = join(tempDir(), 'failing.sqlite');
    openDatabase(path).close();
    const broken: Migration = {
      version: latest + 1,
      name: 'broken',
      sql: 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => openDatabase(path, [...migrations, broken])).toThrow(/no such table/);
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });
});
