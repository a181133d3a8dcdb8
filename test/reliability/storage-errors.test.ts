import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../core/api/client.ts';
import { dispatch } from '../../core/api/dispatch.ts';
import { openDatabase, openDatabaseReadOnly } from '../../db/connection.ts';
import { Store } from '../../db/store.ts';
import { WorkbenchService } from '../../service/workbench-service.ts';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

const BIG = '人工智能'.repeat(20_000);

describe('a full disk and a read-only database', () => {
  const tempDir = useTempDir();

  async function seeded(dir: string) {
    const { api, store } = openBackend(dir);
    const doc = await api.importText({ title: 'doc', text: '第一段。\n第二段。' });
    const [first, second] = (await api.getDocument({ documentId: doc.id })).paragraphs;
    await api.saveTarget({ paragraphId: first!.id, lang: 'en', text: 'Kept.' });
    store.close();
    return { documentId: doc.id, first: first!.id, second: second!.id };
  }

  it('refuses an edit on a full disk with a clear error, keeps earlier data, and saves once space returns', async () => {
    const dir = tempDir();
    const ids = await seeded(dir);
    const db = openDatabase(join(dir, 'workbench.sqlite'));
    // No room to grow: the database may not use more pages than it has now.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const service = new WorkbenchService(new Store(db));
    const api = createClient((method, payload) => dispatch(service, method, payload));

    await expect(api.saveTarget({ paragraphId: ids.second, lang: 'en', text: BIG })).rejects.toMatchObject({
      code: 'STORAGE_FAILED',
      message: 'The disk is full: saveTarget was not saved. Nothing saved earlier is affected.',
    });
    const { paragraphs } = await api.getDocument({ documentId: ids.documentId });
    expect(paragraphs[0]!.targets.en.text).toBe('Kept.');
    expect(paragraphs[1]!.targets.en).toMatchObject({ text: '', status: 'empty' });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    db.pragma('max_page_count = 1073741823');
    expect(await api.saveTarget({ paragraphId: ids.second, lang: 'en', text: BIG })).toMatchObject({ status: 'draft' });
    db.close();
  });

  it('refuses an edit to a read-only database with a clear error and changes nothing', async () => {
    const dir = tempDir();
    const ids = await seeded(dir);
    // Tests run as root, which file permissions do not stop; SQLite's read-only mode is what a
    // read-only file or medium gives an ordinary user.
    const readOnly = openDatabaseReadOnly(join(dir, 'workbench.sqlite'));
    const service = new WorkbenchService(new Store(readOnly));
    const api = createClient((method, payload) => dispatch(service, method, payload));
    await expect(api.saveTarget({ paragraphId: ids.second, lang: 'en', text: 'New.' })).rejects.toMatchObject({
      code: 'STORAGE_FAILED',
      message: 'The database file is read-only: saveTarget was not saved. Nothing saved earlier is affected.',
    });
    const { paragraphs } = await api.getDocument({ documentId: ids.documentId });
    expect(paragraphs.map((p) => p.targets.en.text)).toEqual(['Kept.', '']);
    readOnly.close();
  });
});
