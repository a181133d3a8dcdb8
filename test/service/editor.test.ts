import { describe, expect, it } from 'vitest';
import {
  applyReplace,
  listTrash,
  previewReplace,
  renameDocument,
  restoreDocument,
  restoreRevision,
  setComment,
  trashDocument,
  undoBatch,
} from '../../service/editor.ts';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

const NOW = '2026-11-28T10:00:00.000Z';
const find = { caseSensitive: false, wholeWord: true, regex: false };

describe('editor operations', () => {
  const tempDir = useTempDir();

  async function document() {
    const backend = openBackend(tempDir());
    const { id } = await backend.api.importText({ title: 'doc', text: '特區政府今日宣佈。\n政府發言人表示。\n政府總部。' });
    const ids = (await backend.api.getDocument({ documentId: id })).paragraphs.map((p) => p.id);
    await backend.api.saveTarget({ paragraphId: ids[0]!, lang: 'en', text: 'The government announced today. Government sources agree.' });
    await backend.api.saveTarget({ paragraphId: ids[1]!, lang: 'en', text: 'A government spokesman said.' });
    await backend.api.confirmTarget({ paragraphId: ids[1]!, lang: 'en' });
    return { ...backend, documentId: id, ids };
  }

  it('previews a replace in the target columns without changing anything, then applies and undoes it', async () => {
    const { api, store, documentId } = await document();
    const request = { ...find, documentId, find: 'government', replace: 'Government of the HKSAR', langs: ['en' as const] };
    const preview = previewReplace(store, request);
    expect(preview.map((p) => [p.position, p.count])).toEqual([[0, 2], [1, 1]]);
    expect((await api.getDocument({ documentId })).paragraphs[0]!.targets.en.text).toBe('The government announced today. Government sources agree.');

    const applied = applyReplace(store, request, NOW);
    expect(applied).toMatchObject({ cells: 2, replacements: 3 });
    let { paragraphs } = await api.getDocument({ documentId });
    expect(paragraphs[0]!.targets.en.text).toBe('The Government of the HKSAR announced today. Government of the HKSAR sources agree.');
    expect(paragraphs[1]!.targets.en).toMatchObject({ text: 'A Government of the HKSAR spokesman said.', status: 'draft' });
    expect(paragraphs[2]!.source).toBe('政府總部。');

    expect(undoBatch(store, applied.batchId!, NOW)).toEqual({ restored: 2, skipped: 0 });
    ({ paragraphs } = await api.getDocument({ documentId }));
    expect(paragraphs[0]!.targets.en.text).toBe('The government announced today. Government sources agree.');
    expect(paragraphs[1]!.targets.en).toMatchObject({ text: 'A government spokesman said.', status: 'translated' });
    expect(() => undoBatch(store, applied.batchId!, NOW)).toThrow('undone already');
    store.close();
  });

  it('leaves alone, and reports, a cell edited again after the replace', async () => {
    const { api, store, documentId, ids } = await document();
    const applied = applyReplace(store, { ...find, documentId, find: 'said', replace: 'stated', langs: ['en'] }, NOW);
    await api.saveTarget({ paragraphId: ids[1]!, lang: 'en', text: 'Edited again by hand.' });
    expect(undoBatch(store, applied.batchId!, NOW)).toEqual({ restored: 0, skipped: 1 });
    expect((await api.getDocument({ documentId })).paragraphs[1]!.targets.en.text).toBe('Edited again by hand.');
    store.close();
  });

  it('keeps a history of editing sessions that can be restored', async () => {
    const { api, store, ids } = await document();
    const revisions = store.revisions.list(ids[1]!, 'en');
    expect(revisions.map((r) => [r.status, r.text])).toEqual([
      ['translated', 'A government spokesman said.'],
      ['draft', 'A government spokesman said.'],
    ]);
    await api.saveTarget({ paragraphId: ids[1]!, lang: 'en', text: 'Rewritten.' });
    const restored = restoreRevision(store, revisions[1]!.id, NOW);
    expect(restored).toMatchObject({ text: 'A government spokesman said.', status: 'draft', paragraphId: ids[1] });
    store.close();
  });

  it('stores comments, renames, and keeps deleted documents in a 30-day trash', async () => {
    const { api, store, documentId, ids } = await document();
    setComment(store, ids[0]!, 'Check the date of the announcement.', NOW);
    expect(store.comments.ofDocumentMap(documentId).get(ids[0]!)).toBe('Check the date of the announcement.');
    setComment(store, ids[0]!, '  ', NOW);
    expect(store.comments.ofDocumentMap(documentId).size).toBe(0);
    expect(() => setComment(store, 999, 'x', NOW)).toThrow('does not exist');

    renameDocument(store, documentId, '新聞稿', NOW);
    expect((await api.listDocuments({}))[0]!.title).toBe('新聞稿');
    trashDocument(store, documentId, NOW);
    expect(await api.listDocuments({})).toEqual([]);
    await expect(api.getDocument({ documentId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(listTrash(store, new Date('2026-12-01T00:00:00Z')).map((d) => d.title)).toEqual(['新聞稿']);
    restoreDocument(store, documentId);
    expect((await api.listDocuments({})).map((d) => d.id)).toEqual([documentId]);

    trashDocument(store, documentId, NOW);
    expect(listTrash(store, new Date('2027-01-05T00:00:00Z'))).toEqual([]);
    expect(() => restoreDocument(store, documentId)).toThrow('not in the trash');
    store.close();
  });
});
