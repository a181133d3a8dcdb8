import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../core/api/client.ts';
import { dispatch } from '../../core/api/dispatch.ts';
import { Store } from '../../db/store.ts';
import { WorkbenchService } from '../../service/workbench-service.ts';
import { useTempDir } from '../support/temp.ts';

const START = Date.parse('2026-03-02T09:00:00.000Z');
const minutes = (n: number) => new Date(START + n * 60_000).toISOString();

describe('changes since translation (reviewer mode)', () => {
  const tempDir = useTempDir();

  /** The real backend over a real SQLite file, with a clock the test moves. */
  async function translatedDocument() {
    let now = START;
    const store = Store.open(join(tempDir(), 'review.sqlite'));
    const service = new WorkbenchService(store, () => new Date(now));
    const api = createClient((method, payload) => dispatch(service, method, payload));
    const { id: documentId } = await api.importText({ title: '審校', text: '特區政府今日宣佈。\n政府發言人表示。\n政府總部。' });
    const ids = (await api.getDocument({ documentId })).paragraphs.map((p) => p.id);
    const at = (n: number) => (now = START + n * 60_000);
    await api.saveTarget({ paragraphId: ids[0]!, lang: 'en', text: 'The government announced today.' });
    await api.confirmTarget({ paragraphId: ids[0]!, lang: 'en' });
    await api.saveTarget({ paragraphId: ids[1]!, lang: 'en', text: 'A government spokesman said.' });
    await api.confirmTarget({ paragraphId: ids[1]!, lang: 'en' });
    await api.saveTarget({ paragraphId: ids[2]!, lang: 'en', text: 'Government headquarters.' });
    return { api, store, documentId, ids, at };
  }

  it('reports a cell edited after confirmation with its confirmed text, and nothing for the others', async () => {
    const { api, store, documentId, ids, at } = await translatedDocument();
    expect(await api.getReviewChanges({ documentId })).toEqual([]);

    at(3);
    await api.saveTarget({ paragraphId: ids[0]!, lang: 'en', text: 'The SAR Government announced today.' });
    // Typing on in the same session extends the draft revision; the confirmed text stays put.
    at(4);
    await api.saveTarget({ paragraphId: ids[0]!, lang: 'en', text: 'The SAR Government announced this morning.' });
    expect(await api.getReviewChanges({ documentId })).toEqual([
      {
        paragraphId: ids[0],
        lang: 'en',
        translatedText: 'The government announced today.',
        currentText: 'The SAR Government announced this morning.',
        translatedAt: minutes(0),
      },
    ]);
    // Paragraph 2 is confirmed and untouched, paragraph 3 was never confirmed, the Simplified
    // column holds machine drafts: none of them has changed since a translation.
    store.close();
  });

  it('keeps the translator’s text as the baseline when the reviewer marks an edited cell reviewed', async () => {
    const { api, store, documentId, ids, at } = await translatedDocument();
    at(5);
    await api.saveTarget({ paragraphId: ids[1]!, lang: 'en', text: 'A government spokesperson said.' });
    const reviewed = await api.markReviewed({ paragraphId: ids[1]!, lang: 'en' });
    expect(reviewed.status).toBe('reviewed');
    expect(await api.getReviewChanges({ documentId })).toEqual([
      { paragraphId: ids[1], lang: 'en', translatedText: 'A government spokesman said.', currentText: 'A government spokesperson said.', translatedAt: minutes(0) },
    ]);
    // Marking reviewed wrote no 'translated' revision holding the reviewer's text.
    const revisions = await api.listRevisions({ paragraphId: ids[1]!, lang: 'en' });
    expect(revisions.map((r) => [r.status, r.text])).toEqual([
      ['reviewed', 'A government spokesperson said.'],
      ['draft', 'A government spokesperson said.'],
      ['translated', 'A government spokesman said.'],
      ['draft', 'A government spokesman said.'],
    ]);
    store.close();
  });

  it('takes the newest confirmation as the translation, and forgets a change that was typed back', async () => {
    const { api, store, documentId, ids, at } = await translatedDocument();
    at(2);
    await api.saveTarget({ paragraphId: ids[0]!, lang: 'en', text: 'The Government announced today.' });
    at(6);
    await api.confirmTarget({ paragraphId: ids[0]!, lang: 'en' });
    at(7);
    await api.saveTarget({ paragraphId: ids[0]!, lang: 'en', text: 'The Government announced on Monday.' });
    expect(await api.getReviewChanges({ documentId })).toEqual([
      { paragraphId: ids[0], lang: 'en', translatedText: 'The Government announced today.', currentText: 'The Government announced on Monday.', translatedAt: minutes(6) },
    ]);

    await api.saveTarget({ paragraphId: ids[0]!, lang: 'en', text: 'The Government announced today.' });
    expect(await api.getReviewChanges({ documentId })).toEqual([]);
    store.close();
  });

  it('refuses an unknown document and a malformed request, changing nothing', async () => {
    const { api, store, documentId } = await translatedDocument();
    await expect(api.getReviewChanges({ documentId: documentId + 1 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: `Document ${documentId + 1} does not exist` });
    await expect(api.getReviewChanges({ documentId: -1 } as never)).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    store.close();
  });
});
