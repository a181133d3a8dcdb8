/** Backups through the contract: list, make, restore while the backend runs, and how many to keep. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract.ts';
import { backupDir } from '../../db/backup.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrations } from '../../db/migrations/index.ts';
import { openBackend, type Backend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

/** Everything a translator would notice: each document with its paragraphs and cells. */
async function snapshot(api: Api) {
  const documents = await api.listDocuments({});
  return Promise.all(documents.map((doc) => api.getDocument({ documentId: doc.id })));
}

/** A backup file name for this database, as the rolling backups are named. */
const backupName = (backend: Backend, stamp: string) => `${basename(backend.dbPath, '.sqlite')}-${stamp}-manual.sqlite`;

describe('backups through the contract', () => {
  const tempDir = useTempDir();

  async function withWork() {
    const backend = openBackend(tempDir());
    const first = await backend.api.importText({ title: '早上', text: '香港特區政府今日宣佈新措施。\n港鐵票價維持不變。' });
    // Not spread: backend.store is a getter, and a restore changes what it returns.
    return { backend, api: backend.api, first };
  }

  it('makes a backup, restores it while running, and the restore can itself be undone', async () => {
    const { backend, api, first } = await withWork();
    const original = backend.store;
    const backup = await api.createBackup({});
    expect(backup).toMatchObject({ reason: 'manual', bytes: expect.any(Number) });
    expect(backup.bytes).toBeGreaterThan(0);
    expect(await api.listBackups({})).toEqual([backup]);

    const afternoon = await api.importText({ title: '下午', text: '天文台發出酷熱天氣警告。' });
    const [paragraph] = (await api.getDocument({ documentId: first.id })).paragraphs;
    await api.saveTarget({ paragraphId: paragraph!.id, lang: 'en', text: 'Typed after the backup.' });
    const later = await snapshot(api);
    expect((await api.tmStats({})).units).toBe(0); // the TM service now exists, over the store about to be replaced

    const outcome = await api.restoreBackup({ name: backup.name });
    expect(outcome.restored).toEqual(backup);
    expect(outcome.safety.reason).toBe('restore');
    expect((await api.listDocuments({})).map((d) => d.title)).toEqual(['早上']);
    expect((await api.getDocument({ documentId: first.id })).paragraphs[0]!.targets.en.text).toBe('');
    // The service, the test's handle and the TM all use the newly opened database.
    expect(backend.service.stores.current).not.toBe(original);
    expect(backend.store.documents.list().map((d) => d.title)).toEqual(['早上']);
    await api.saveTarget({ paragraphId: paragraph!.id, lang: 'en', text: 'The SAR Government announced new measures today.' });
    await api.confirmTarget({ paragraphId: paragraph!.id, lang: 'en' });
    expect((await api.tmStats({})).units).toBeGreaterThan(0);
    expect(() => original.documents.list()).toThrow(/not open/);

    // Restoring the safety backup brings back exactly what the first restore replaced.
    await api.restoreBackup({ name: outcome.safety.name });
    expect(await snapshot(api)).toEqual(later);
    expect((await api.listDocuments({})).map((d) => d.id)).toContain(afternoon.id);
    expect((await api.listBackups({})).map((b) => b.reason)).toEqual(['restore', 'restore', 'manual']);
    // Checking a backup opens it read-only and leaves nothing beside it.
    expect(readdirSync(backupDir(backend.dbPath)).filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
    backend.store.close();
  });

  it('refuses names that are not a listed backup, and changes nothing', async () => {
    const { backend, api } = await withWork();
    await api.createBackup({});
    const before = await snapshot(api);
    const backups = await api.listBackups({});
    const refusals: [string, string][] = [
      ['../workbench.sqlite', 'INVALID_PAYLOAD'],
      ['../../../../etc/passwd', 'INVALID_PAYLOAD'],
      [join(backupDir(backend.dbPath), backups[0]!.name), 'INVALID_PAYLOAD'],
      ['settings.json', 'INVALID_PAYLOAD'],
      [backupName(backend, '2020-01-01T00-00-00-000Z'), 'NOT_FOUND'],
      ['', 'INVALID_PAYLOAD'],
    ];
    for (const [name, code] of refusals) {
      await expect(api.restoreBackup({ name }), name).rejects.toMatchObject({ code });
    }
    expect(await snapshot(api)).toEqual(before);
    expect(await api.listBackups({})).toEqual(backups);
    backend.store.close();
  });

  it('refuses a damaged backup, one that is not a database and one from a newer release, and changes nothing', async () => {
    const { backend, api } = await withWork();
    const good = await api.createBackup({});
    const dir = backupDir(backend.dbPath);
    const bytes = readFileSync(join(dir, good.name));
    writeFileSync(join(dir, backupName(backend, '2021-01-01T00-00-00-000Z')), bytes.subarray(0, Math.floor(bytes.length / 3)));
    writeFileSync(join(dir, backupName(backend, '2022-01-01T00-00-00-000Z')), 'PK\u0003\u0004 not a database at all'.repeat(100));
    const future = [...migrations, { version: migrations.length + 1, name: 'future', sql: 'CREATE TABLE future (x)' }];
    openDatabase(join(dir, backupName(backend, '2023-01-01T00-00-00-000Z')), future).close();
    await api.importText({ title: '之後', text: '之後加入的文件。' });
    const before = await snapshot(api);
    const listed = await api.listBackups({});

    await expect(api.restoreBackup({ name: backupName(backend, '2021-01-01T00-00-00-000Z') })).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    await expect(api.restoreBackup({ name: backupName(backend, '2022-01-01T00-00-00-000Z') })).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringContaining('Nothing was changed'),
    });
    await expect(api.restoreBackup({ name: backupName(backend, '2023-01-01T00-00-00-000Z') })).rejects.toMatchObject({
      code: 'DATABASE_TOO_NEW',
      message: expect.stringContaining('was made by a newer release'),
    });
    expect(await snapshot(api)).toEqual(before);
    expect(await api.listBackups({})).toEqual(listed);
    backend.store.close();
  });

  it('puts the data back when a backup fails to migrate after the database was closed', async () => {
    const { backend, api, first } = await withWork();
    // A backup from the first release that migration 2 cannot bring up to date.
    const [initial] = migrations;
    const broken = { ...initial!, sql: `${initial!.sql}\nCREATE TABLE vocabulary (x INTEGER);` };
    const name = backupName(backend, '2024-01-01T00-00-00-000Z');
    openDatabase(join(backupDir(backend.dbPath), name), [broken]).close();
    const before = await snapshot(api);

    await expect(api.restoreBackup({ name })).rejects.toMatchObject({
      code: 'STORAGE_FAILED',
      message: expect.stringMatching(/could not be restored \(.*vocabulary.*\)\. The data as it was before is back in place/),
    });
    expect(await snapshot(api)).toEqual(before);
    const [paragraph] = (await api.getDocument({ documentId: first.id })).paragraphs;
    await api.saveTarget({ paragraphId: paragraph!.id, lang: 'en', text: 'Still saving.' });
    expect((await api.getDocument({ documentId: first.id })).paragraphs[0]!.targets.en.text).toBe('Still saving.');
    backend.store.close();
  });

  it('keeps the number of backups set, at once and for every later backup, across a restore', async () => {
    const { backend, api } = await withWork();
    expect(await api.getBackupSettings({})).toEqual({ keep: 10, folder: backupDir(backend.dbPath) });
    for (let n = 0; n < 4; n += 1) await api.createBackup({});
    const oldest = (await api.listBackups({})).at(-1)!;
    expect(await api.setBackupSettings({ keep: 3 })).toMatchObject({ keep: 3 });
    expect(await api.listBackups({})).toHaveLength(3);
    expect((await api.listBackups({})).map((b) => b.name)).not.toContain(oldest.name);

    // An older database comes back, and the number set stays: it belongs to the backups folder.
    await api.restoreBackup({ name: (await api.listBackups({})).at(-1)!.name });
    expect((await api.getBackupSettings({})).keep).toBe(3);
    await api.createBackup({});
    expect(await api.listBackups({})).toHaveLength(3);

    await expect(api.setBackupSettings({ keep: 0 })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD', message: expect.stringContaining('Keep at least 1 backup') });
    await expect(api.setBackupSettings({ keep: 1000 })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD', message: expect.stringContaining('Keep at most 100 backups') });
    expect((await api.getBackupSettings({})).keep).toBe(3);
    backend.store.close();
  });
});
