import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

const TEXT = '香港特區政府今日宣佈新措施。\n港鐵票價維持不變。\n香港特區政府今日宣佈新措施。';

describe('translation memory through the contract', () => {
  const tempDir = useTempDir();

  async function confirmedDocument() {
    const backend = openBackend(tempDir());
    const { id } = await backend.api.importText({ title: 'doc', text: TEXT });
    const ids = (await backend.api.getDocument({ documentId: id })).paragraphs.map((p) => p.id);
    await backend.api.saveTarget({ paragraphId: ids[0]!, lang: 'en', text: 'The SAR Government announced new measures today.' });
    await backend.api.confirmTarget({ paragraphId: ids[0]!, lang: 'en' });
    await backend.api.saveTarget({ paragraphId: ids[1]!, lang: 'en', text: 'MTR fares stay unchanged.' });
    await backend.api.confirmTarget({ paragraphId: ids[1]!, lang: 'en' });
    return { ...backend, documentId: id, ids };
  }

  it('finds 1- and 2-character Chinese terms and English words in the concordance, with highlights', async () => {
    const { api, store, documentId } = await confirmedDocument();
    const one = await api.concordance({ documentId, term: '港' });
    expect(one.hits.map((h) => h.source).sort()).toEqual(['港鐵票價維持不變。', '香港特區政府今日宣佈新措施。']);
    const two = await api.concordance({ documentId, term: '香港' });
    expect(two.hits.map((h) => h.highlights.source)).toEqual([[{ start: 0, end: 2 }]]);
    const english = await api.concordance({ documentId, term: 'fares' });
    expect(english.hits).toHaveLength(1);
    expect(english.hits[0]!.highlights.en).toEqual([{ start: 4, end: 9 }]);
    await expect(api.concordance({ documentId, term: '  ' })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    store.close();
  });

  it('offers a confirmed translation to the identical paragraphs of the document as drafts', async () => {
    const { api, store, documentId, ids } = await confirmedDocument();
    expect(await api.propagateTranslation({ paragraphId: ids[0]!, lang: 'en' })).toEqual({ paragraphIds: [ids[2]] });
    const { paragraphs } = await api.getDocument({ documentId });
    expect(paragraphs[2]!.targets.en).toMatchObject({ text: 'The SAR Government announced new measures today.', status: 'draft' });
    store.close();
  });

  it('exports the memory as TMX and imports it into a fresh database', async () => {
    const { api, store } = await confirmedDocument();
    const stats = await api.tmStats({});
    expect(stats.units).toBe(2);
    const exported = await api.exportTmx({ tmId: stats.memories[0]!.id });
    expect(exported.units).toBe(2);
    expect(Buffer.from(exported.contentBase64, 'base64').toString('utf8')).toContain('<tmx version="1.4">');
    store.close();

    const fresh = openBackend(tempDir());
    const report = await fresh.api.importTmx({ fileName: 'memory.tmx', contentBase64: exported.contentBase64 });
    expect(report).toMatchObject({ read: 2, imported: 2 });
    expect((await fresh.api.tmStats({})).units).toBe(2);
    await expect(fresh.api.importTmx({ fileName: 'bad.tmx', contentBase64: Buffer.from('<tmx><body><tu>').toString('base64') })).rejects.toMatchObject({
      code: expect.stringMatching(/MALFORMED_FILE|CORRUPT_FILE/),
    });
    expect((await fresh.api.tmStats({})).units).toBe(2);
    fresh.store.close();
  });

  it('imports TMX into the project memory, edits a unit, and refuses to attach a memory that does not exist', async () => {
    const { api, store, documentId, ids } = await confirmedDocument();
    await api.importTmx({
      fileName: 'reference.tmx',
      contentBase64: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" srclang="zh-HK" datatype="plaintext"/><body><tu><tuv xml:lang="zh-HK"><seg>港鐵票價維持不變。</seg></tuv><tuv xml:lang="en"><seg>MTR fares are frozen.</seg></tuv></tu></body></tmx>',
      ).toString('base64'),
    });
    const imported = (await api.findTmMatches({ paragraphId: ids[1]! })).find((m) => m.en === 'MTR fares are frozen.');
    expect(imported).toBeDefined();
    const edited = await api.editTmUnit({ unitId: imported!.unitId, en: 'MTR fares are unchanged.' });
    expect(edited.en).toBe('MTR fares are unchanged.');
    expect((await api.findTmMatches({ paragraphId: ids[1]! })).map((m) => m.en)).toContain('MTR fares are unchanged.');
    const { projectId } = (await api.listDocuments({})).find((d) => d.id === documentId)!;
    await expect(api.attachTm({ projectId, tmId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    store.close();
  });
});
