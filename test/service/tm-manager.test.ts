/** The memories manager's contract: creating and attaching memories, browsing and editing their units. */
import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';
import { base64Of, tmxOf } from '../support/tmx.ts';

const REFERENCE: [string, string][] = [
  ['港鐵票價維持不變。', 'MTR fares are frozen.'],
  ['天文台預測明天有雨。', 'The Observatory forecasts rain tomorrow.'],
  ['裏面的港口很繁忙。', 'The harbour inside is busy.'],
  ['政府今日公布財政預算。', 'The Government announced the budget today.'],
  ['市民可於網上查閱資料。', 'Citizens can look up the information online.'],
];

describe('managing translation memories through the contract', () => {
  const tempDir = useTempDir();

  /** A document in the default project, and a separate memory "Reference" holding REFERENCE. */
  async function withReference() {
    const backend = openBackend(tempDir());
    const doc = await backend.api.importText({ title: 'doc', text: '港鐵票價維持不變。\n第二段。' });
    const paragraphIds = (await backend.api.getDocument({ documentId: doc.id })).paragraphs.map((p) => p.id);
    const { tmId } = await backend.api.createTm({ name: 'Reference' });
    const report = await backend.api.importTmx({ fileName: 'reference.tmx', contentBase64: base64Of(tmxOf(REFERENCE)), tmId });
    expect(report).toMatchObject({ tmId, imported: REFERENCE.length });
    return { ...backend, projectId: doc.projectId, paragraphIds, tmId };
  }

  it('attaches a memory with a penalty: its matches carry its name and lose the penalty, until it is detached', async () => {
    const { api, store, projectId, paragraphIds, tmId } = await withReference();
    const [first, second] = paragraphIds as [number, number];
    expect(await api.projectMemories({ projectId })).toEqual([]);
    expect(await api.findTmMatches({ paragraphId: first })).toEqual([]);

    await api.attachTm({ projectId, tmId, penalty: 12 });
    expect(await api.projectMemories({ projectId })).toEqual([{ tmId, name: 'Reference', penalty: 12, writable: false }]);
    expect(await api.findTmMatches({ paragraphId: first })).toMatchObject([{ tmName: 'Reference', score: 88, penalty: 12, en: 'MTR fares are frozen.' }]);

    // Attaching again changes the penalty.
    await api.attachTm({ projectId, tmId, penalty: 3 });
    expect((await api.findTmMatches({ paragraphId: first }))[0]).toMatchObject({ score: 97, penalty: 3 });

    // The first confirmation makes the project's own memory: it comes first, writable.
    await api.saveTarget({ paragraphId: second, lang: 'en', text: 'Paragraph two.' });
    await api.confirmTarget({ paragraphId: second, lang: 'en' });
    const memories = await api.projectMemories({ projectId });
    expect(memories).toEqual([expect.objectContaining({ name: 'My project', penalty: 0, writable: true }), { tmId, name: 'Reference', penalty: 3, writable: false }]);

    await expect(api.attachTm({ projectId, tmId: memories[0]!.tmId, penalty: 5 })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD', message: expect.stringContaining("project's own memory") });
    await expect(api.attachTm({ projectId: 999, tmId })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Project 999 does not exist' });
    await expect(api.projectMemories({ projectId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await api.projectMemories({ projectId })).toEqual(memories);

    await api.detachTm({ projectId, tmId });
    expect((await api.projectMemories({ projectId })).map((m) => m.name)).toEqual(['My project']);
    expect(await api.findTmMatches({ paragraphId: first })).toEqual([]);
    store.close();
  });

  it('refuses a memory without a name', async () => {
    const { api, store } = openBackend(tempDir());
    await expect(api.createTm({ name: '   ' })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD', message: expect.stringContaining('A memory needs a name') });
    expect((await api.tmStats({})).memories).toEqual([]);
    store.close();
  });

  it('browses a memory newest first, page by page', async () => {
    const { api, store, tmId } = await withReference();
    const sources = (page: { hits: { source: string }[] }) => page.hits.map((hit) => hit.source);
    const newestFirst = REFERENCE.map(([source]) => source).reverse();

    const first = await api.listTmUnits({ tmId, limit: 2 });
    expect(sources(first)).toEqual(newestFirst.slice(0, 2));
    expect(first.more).toBe(true);
    expect(first.hits[0]).toMatchObject({ tmId, tmName: 'Reference', en: 'Citizens can look up the information online.', highlights: { source: [], en: [], zhHans: [] } });
    const last = await api.listTmUnits({ tmId, offset: 4, limit: 2 });
    expect(sources(last)).toEqual(newestFirst.slice(4));
    expect(last.more).toBe(false);
    // A blank query browses.
    expect(sources(await api.listTmUnits({ tmId, query: '  ' }))).toEqual(newestFirst);

    await expect(api.listTmUnits({ tmId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Translation memory 999 does not exist' });
    await expect(api.listTmUnits({ tmId, limit: 0 })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    store.close();
  });

  it('searches a memory by substring in the source and the translations, with highlights', async () => {
    const { api, store, tmId } = await withReference();
    const harbour = await api.listTmUnits({ tmId, query: '港' });
    expect(harbour.hits.map((hit) => hit.source).sort()).toEqual(['港鐵票價維持不變。', '裏面的港口很繁忙。']);
    expect(harbour.more).toBe(false);
    // Script variants fold: 裡 finds 裏.
    const inside = await api.listTmUnits({ tmId, query: '裡面' });
    expect(inside.hits).toMatchObject([{ source: '裏面的港口很繁忙。', highlights: { source: [{ start: 0, end: 2 }] } }]);
    const english = await api.listTmUnits({ tmId, query: 'budget' });
    expect(english.hits).toMatchObject([{ en: 'The Government announced the budget today.', highlights: { en: [{ start: 29, end: 35 }] } }]);
    // Paging goes through the hits.
    const one = await api.listTmUnits({ tmId, query: '港', limit: 1 });
    const two = await api.listTmUnits({ tmId, query: '港', offset: 1, limit: 1 });
    expect(one.more).toBe(true);
    expect([...one.hits, ...two.hits].map((hit) => hit.unitId)).toEqual(harbour.hits.map((hit) => hit.unitId));
    expect((await api.listTmUnits({ tmId, query: '颱風' })).hits).toEqual([]);
    store.close();
  });

  it('stops offering more search pages where the concordance budget ends', async () => {
    const backend = openBackend(tempDir());
    const { tmId } = await backend.api.createTm({ name: 'Big' });
    const pairs = Array.from({ length: 5200 }, (_, i): [string, string] => [`第${i}號港口今日開放。`, `Pier ${i} opens today.`]);
    await backend.api.importTmx({ fileName: 'big.tmx', contentBase64: base64Of(tmxOf(pairs)), tmId });
    const early = await backend.api.listTmUnits({ tmId, query: '港口', offset: 100, limit: 100 });
    expect(early).toMatchObject({ more: true });
    expect(early.hits).toHaveLength(100);
    // The budget (5000 candidates) ends inside this page: it is short, and there is no next one.
    const last = await backend.api.listTmUnits({ tmId, query: '港口', offset: 4950, limit: 100 });
    expect(last.hits).toHaveLength(50);
    expect(last.more).toBe(false);
    // Browsing without a query is not limited by it.
    expect((await backend.api.listTmUnits({ tmId, offset: 5150, limit: 100 })).hits).toHaveLength(50);
    backend.store.close();
  });

  it('edits a unit found in the browser, deletes another, and keeps the unit when an edit would leave no translation', async () => {
    const { api, store, tmId } = await withReference();
    const [unit] = (await api.listTmUnits({ tmId, query: '天文台' })).hits;
    await api.editTmUnit({ unitId: unit!.unitId, en: 'The Observatory expects rain tomorrow.', zhHans: '天文台预测明天有雨。' });
    expect((await api.listTmUnits({ tmId, query: 'expects' })).hits).toMatchObject([{ unitId: unit!.unitId, zhHans: '天文台预测明天有雨。' }]);

    await expect(api.editTmUnit({ unitId: unit!.unitId, en: null, zhHans: null })).rejects.toMatchObject({ code: 'EMPTY_TARGET' });
    // A blanked field counts as no translation.
    await expect(api.editTmUnit({ unitId: unit!.unitId, en: ' ', zhHans: '' })).rejects.toMatchObject({ code: 'EMPTY_TARGET' });
    expect((await api.listTmUnits({ tmId, query: '天文台' })).hits[0]).toMatchObject({ en: 'The Observatory expects rain tomorrow.' });

    const [gone] = (await api.listTmUnits({ tmId, query: '港鐵' })).hits;
    expect(await api.deleteTmUnits({ unitIds: [gone!.unitId] })).toEqual({ deleted: 1 });
    expect((await api.listTmUnits({ tmId, query: '港鐵' })).hits).toEqual([]);
    expect((await api.tmStats({})).memories).toMatchObject([{ id: tmId, name: 'Reference', units: REFERENCE.length - 1 }]);
    store.close();
  });
});
