import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../core/api/client.ts';
import { dispatch } from '../../core/api/dispatch.ts';
import { Store } from '../../db/store.ts';
import { applyReplace } from '../../service/editor.ts';
import { WorkbenchService } from '../../service/workbench-service.ts';
import { useTempDir } from '../support/temp.ts';

const START = Date.parse('2026-11-28T09:00:00.000Z');

describe('document-wide undo and redo', () => {
  const tempDir = useTempDir();

  /** The real backend over a real SQLite file, with a clock the test moves (seconds after START). */
  function backend(dbPath = join(tempDir(), 'history.sqlite')) {
    let now = START;
    const store = Store.open(dbPath);
    const service = new WorkbenchService(store, () => new Date(now));
    const api = createClient((method, payload) => dispatch(service, method, payload));
    const at = (seconds: number) => (now = START + seconds * 1000);
    return { api, store, dbPath, at };
  }

  async function withDocument(text = '特區政府今日宣佈。\n政府發言人表示。\n政府總部。', dbPath?: string) {
    const wb = backend(dbPath);
    const { id: documentId } = await wb.api.importText({ title: '來論', text });
    const ids = (await wb.api.getDocument({ documentId })).paragraphs.map((p) => p.id);
    const cell = async (index: number, lang: 'en' | 'zh-Hans' = 'en') =>
      (await wb.api.getDocument({ documentId })).paragraphs[index]!.targets[lang];
    const save = (index: number, text: string) => wb.api.saveTarget({ paragraphId: ids[index]!, lang: 'en', text });
    /** Two steps: the first paragraph typed, then the second five seconds later. */
    const typeTwo = async (first: string, second: string) => {
      await save(0, first);
      wb.at(5);
      await save(1, second);
    };
    return { ...wb, documentId, ids, cell, save, typeTwo };
  }

  it('undoes the last change first, across cells, and says which cell it changed', async () => {
    const { api, store, documentId, ids, cell, typeTwo } = await withDocument();
    await typeTwo('The government announced today.', 'A spokesman said.');

    const first = await api.undoDocumentEdit({ documentId });
    expect(first).toMatchObject({ result: 'applied', step: { paragraphId: ids[1], position: 1, lang: 'en', action: 'edit' } });
    expect(first.result === 'applied' && first.cell).toMatchObject({ text: '', status: 'empty' });
    expect(await cell(1)).toMatchObject({ text: '', status: 'empty' });
    expect((await cell(0)).text).toBe('The government announced today.');

    expect(await api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { position: 0 } });
    expect(await cell(0)).toMatchObject({ text: '', status: 'empty' });
    expect(await api.undoDocumentEdit({ documentId })).toEqual({ result: 'nothing' });
    store.close();
  });

  it('redoes in the order the changes were made, until there is nothing left to redo', async () => {
    const { api, store, documentId, cell, typeTwo } = await withDocument();
    await typeTwo('First.', 'Second.');
    await api.undoDocumentEdit({ documentId });
    await api.undoDocumentEdit({ documentId });

    expect(await api.redoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { position: 0 } });
    expect(await cell(0)).toMatchObject({ text: 'First.', status: 'draft' });
    expect((await cell(1)).text).toBe('');
    expect(await api.redoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { position: 1 } });
    expect((await cell(1)).text).toBe('Second.');
    expect(await api.redoDocumentEdit({ documentId })).toEqual({ result: 'nothing' });
    // What was redone can be undone again.
    expect(await api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { position: 1 } });
    store.close();
  });

  it('forgets what could be redone as soon as a new change is made', async () => {
    const { api, store, documentId, cell, save, at, typeTwo } = await withDocument();
    await typeTwo('First.', 'Second.');
    await api.undoDocumentEdit({ documentId });
    at(10);
    await save(2, 'Third.');

    expect(await api.redoDocumentEdit({ documentId })).toEqual({ result: 'nothing' });
    expect((await cell(1)).text).toBe('');
    expect(await api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { position: 2 } });
    expect(await api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { position: 0 } });
    store.close();
  });

  it('undoes a confirmation back to the draft, and a review in one step', async () => {
    const { api, store, documentId, ids, cell, save, at } = await withDocument();
    await save(0, 'The government announced today.');
    at(5);
    await api.confirmTarget({ paragraphId: ids[0]!, lang: 'en' });
    expect((await cell(0)).status).toBe('translated');

    expect(await api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { action: 'confirm' } });
    expect(await cell(0)).toMatchObject({ text: 'The government announced today.', status: 'draft' });
    expect(await api.redoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { action: 'confirm' } });
    expect((await cell(0)).status).toBe('translated');

    // Marking a draft reviewed confirms it on the way: still one step.
    at(10);
    await save(1, 'A spokesman said.');
    at(15);
    await api.markReviewed({ paragraphId: ids[1]!, lang: 'en' });
    expect(await api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { action: 'review', position: 1 } });
    expect(await cell(1)).toMatchObject({ text: 'A spokesman said.', status: 'draft' });
    store.close();
  });

  it('takes a typing session in one cell as one step, ended by another change or a pause of a minute', async () => {
    const { api, store, documentId, cell, save, at } = await withDocument();
    await save(0, 'The');
    at(1);
    await save(0, 'The government');
    at(2);
    await save(0, 'The government announced.');
    at(100); // a long pause: a new session
    await save(0, 'The government announced today.');
    at(101);
    await save(1, 'A spokesman.');
    at(102); // back in the first cell after another change: a new session
    await save(0, 'The SAR government announced today.');

    const undone: string[] = [];
    for (let result = await api.undoDocumentEdit({ documentId }); result.result !== 'nothing'; result = await api.undoDocumentEdit({ documentId })) {
      undone.push(`${result.result === 'applied' ? result.step.position : '?'}:${(await cell(0)).text}`);
    }
    expect(undone).toEqual(['0:The government announced today.', '1:The government announced today.', '0:The government announced.', '0:']);
    store.close();
  });

  it('records no step for a session that ends where it began, or for a save that changes nothing', async () => {
    const { api, store, documentId, ids, save, at } = await withDocument();
    await save(0, 'Kept.');
    at(5);
    await api.confirmTarget({ paragraphId: ids[0]!, lang: 'en' });
    at(10);
    await save(1, 'Typo');
    at(11);
    await save(1, '');
    at(12);
    await save(0, 'Kept.');
    // Confirming a confirmed cell changes nothing either.
    await api.confirmTarget({ paragraphId: ids[0]!, lang: 'en' });
    expect(await api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { action: 'confirm', position: 0 } });
    store.close();
  });

  it('answers "nothing" on a document without changes, refuses an unknown document, and changes nothing', async () => {
    const { api, store, documentId, cell } = await withDocument();
    expect(await api.undoDocumentEdit({ documentId })).toEqual({ result: 'nothing' });
    expect(await api.redoDocumentEdit({ documentId })).toEqual({ result: 'nothing' });
    await expect(api.undoDocumentEdit({ documentId: documentId + 99 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: `Document ${documentId + 99} does not exist` });
    await expect(api.redoDocumentEdit({ documentId: -1 })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect((await cell(0)).status).toBe('empty');
    store.close();
  });

  it("leaves other documents' cells and stacks alone", async () => {
    const first = await withDocument();
    const { id: otherId } = await first.api.importText({ title: '其他', text: '另一篇文章。' });
    const [other] = (await first.api.getDocument({ documentId: otherId })).paragraphs;
    await first.save(0, 'In the first document.');
    first.at(5);
    await first.api.saveTarget({ paragraphId: other!.id, lang: 'en', text: 'In the other document.' });

    expect(await first.api.undoDocumentEdit({ documentId: first.documentId })).toMatchObject({ result: 'applied', step: { paragraphId: first.ids[0] } });
    expect(await first.api.undoDocumentEdit({ documentId: first.documentId })).toEqual({ result: 'nothing' });
    const otherView = await first.api.getDocument({ documentId: otherId });
    expect(otherView.paragraphs[0]!.targets.en.text).toBe('In the other document.');
    expect(await first.api.undoDocumentEdit({ documentId: otherId })).toMatchObject({ result: 'applied', step: { paragraphId: other!.id } });
    first.store.close();
  });

  it('drops, and reports, a step whose cell was changed since by find and replace, and goes on with the one before', async () => {
    const { api, store, documentId, cell, at, typeTwo } = await withDocument();
    await typeTwo('The government announced.', 'A government spokesman said.');
    at(10);
    applyReplace(store, { documentId, find: 'spokesman', replace: 'spokesperson', langs: ['en'], caseSensitive: false, wholeWord: true, regex: false }, new Date(START + 10_000).toISOString());

    expect(await api.undoDocumentEdit({ documentId })).toEqual({ result: 'stale', step: expect.objectContaining({ position: 1, action: 'edit' }) });
    expect((await cell(1)).text).toBe('A government spokesperson said.');
    expect(await api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { position: 0 } });
    expect((await cell(0)).text).toBe('');
    expect((await cell(1)).text).toBe('A government spokesperson said.');
    store.close();
  });

  it('keeps the stacks across a restart, and shows undo and redo in the cell history', async () => {
    const dbPath = join(tempDir(), 'restart.sqlite');
    const before = await withDocument(undefined, dbPath);
    await before.save(0, 'Draft one.');
    before.at(100);
    // A second undo step, though the revision history holds both saves as one editing session.
    await before.save(0, 'Draft two.');
    before.store.close();

    const after = backend(dbPath);
    const { documentId } = before;
    after.at(200);
    expect(await after.api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { position: 0 } });
    after.at(230);
    expect(await after.api.redoDocumentEdit({ documentId })).toMatchObject({ result: 'applied' });
    const revisions = await after.api.listRevisions({ paragraphId: before.ids[0]!, lang: 'en' });
    expect(revisions.map((r) => r.text)).toEqual(['Draft two.', 'Draft one.', 'Draft two.']);
    after.store.close();
  });

  it('undoes a restored revision like any other change', async () => {
    const { api, store, documentId, ids, cell, save, at } = await withDocument();
    await save(0, 'First version.');
    at(5);
    await api.confirmTarget({ paragraphId: ids[0]!, lang: 'en' });
    at(100);
    await save(0, 'Second version.');
    const [, confirmed] = await api.listRevisions({ paragraphId: ids[0]!, lang: 'en' });
    at(110);
    await api.restoreRevision({ revisionId: confirmed!.id });
    expect((await cell(0)).text).toBe('First version.');

    expect(await api.undoDocumentEdit({ documentId })).toMatchObject({ result: 'applied', step: { action: 'restore' } });
    expect(await cell(0)).toMatchObject({ text: 'Second version.', status: 'draft' });
    store.close();
  });
});
