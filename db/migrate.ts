import type Database from 'better-sqlite3';
import { WorkbenchError } from '../core/errors.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database written by a newer release, before anything touches the file. */
export function assertNotFromTheFuture(db: Database.Database, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new WorkbenchError(
      'DATABASE_TOO_NEW',
      `This database has schema version ${current}, but this release of Bilingual Workbench knows only up to ${latest}. ` +
        'Open it with a newer release; the file has not been changed.',
    );
  }
}

/**
 * Applies each pending migration in its own transaction, bumping PRAGMA user_version
 * inside it, so a failing migration leaves the database at the previous version.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  assertNotFromTheFuture(db, migrations);
  for (const migration of migrations) {
    if (migration.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}
