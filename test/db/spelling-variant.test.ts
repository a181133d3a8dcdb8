import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.ts';
import { migrations } from '../../db/migrations/index.ts';
import { spellingVariant } from '../../db/migrations/009-spelling-variant.ts';
import { Store } from '../../db/store.ts';
import { useTempDir } from '../support/temp.ts';

describe('the spelling variant of a project (migration 009)', () => {
  const tempDir = useTempDir();

  it('makes the projects of an older database British, and stores a change', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = openDatabase(path, migrations.filter((m) => m.version < spellingVariant.version));
    const projectId = Number(old.prepare("INSERT INTO projects (name, created_at) VALUES ('old', 'then')").run().lastInsertRowid);
    old.close();

    const store = Store.open(path);
    expect(store.spelling.variant(projectId)).toBe('en-GB');
    expect(store.spelling.setVariant(projectId, 'en-US')).toBe(true);
    expect(store.spelling.variant(projectId)).toBe('en-US');
    expect(store.spelling.variant(projectId + 1)).toBeUndefined();
    expect(store.spelling.setVariant(projectId + 1, 'en-US')).toBe(false);
    store.close();
  });

  it('refuses a variant it has no dictionary for at the storage level too', () => {
    const db = openDatabase(join(tempDir(), 'check.sqlite'));
    const projectId = db.prepare("INSERT INTO projects (name, created_at) VALUES ('p', 'now')").run().lastInsertRowid;
    expect(() => db.prepare("UPDATE projects SET spelling_variant = 'en-AU' WHERE id = ?").run(projectId)).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT spelling_variant FROM projects WHERE id = ?').pluck().get(projectId)).toBe('en-GB');
    db.close();
  });
});
