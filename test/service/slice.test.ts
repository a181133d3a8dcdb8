import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

const hasSeed = sharedAvailable(SEED_PATH);
const seed = hasSeed ? readFileSync(SEED_PATH, 'utf8') : '';
const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });

describe.skipIf(!hasSeed)('the slice on the real seed article', () => {
  const tempDir = useTempDir();

  it('imports each indented article line as exactly one paragraph, whole', async () => {
    const { api, store } = openBackend(tempDir());
    const summary = await api.importText({ title: 'seed', text: seed });
    const { paragraphs } = await api.getDocument({ documentId: summary.id });
    const sources = paragraphs.map((p) => p.source);

    const indented = seed.split('\n').filter((line) => /^\u00a0/.test(line));
    expect(indented).toHaveLength(22);
    for (const line of indented) expect(sources).toContain(line.replace(/^[\s\u00a0]+|\s+$/g, ''));

    const nonBlank = seed.split('\n').filter((line) => line.replace(/[\s\u00a0]/g, '') !== '');
    expect(paragraphs).toHaveLength(nonBlank.length);
    expect(paragraphs.map((p) => p.position)).toEqual(paragraphs.map((_, i) => i));
    // No paragraph starts mid-sentence: a body paragraph never begins with a comma or full stop.
    for (const source of sources) expect(source).not.toMatch(/^[,,。、]/);
    store.close();
  });

  it('fills the Simplified column with opencc-js hk→cn of each paragraph, marked auto', async () => {
    const { api, store } = openBackend(tempDir());
    const { id } = await api.importText({ title: 'seed', text: seed });
    const { paragraphs } = await api.getDocument({ documentId: id });
    for (const p of paragraphs) {
      expect(p.targets['zh-Hans']).toMatchObject({ text: hk2cn(p.source), status: 'auto' });
      expect(p.targets.en).toMatchObject({ text: '', status: 'empty' });
    }
    store.close();
  });
});

describe('editing, confirming and the TM', () => {
  const tempDir = useTempDir();
  const text = '第一段。\n    香港特區政府今日宣佈新措施。\n第三段。';

  it('keeps every saved edit across a reopen of the database file', async () => {
    const dir = tempDir();
    const first = openBackend(dir);
    const { id } = await first.api.importText({ title: 'doc', text });
    const [, second, third] = (await first.api.getDocument({ documentId: id })).paragraphs;
    await first.api.saveTarget({ paragraphId: second!.id, lang: 'en', text: 'The SAR Government announced new measures today.' });
    await first.api.saveTarget({ paragraphId: third!.id, lang: 'zh-Hans', text: '第三段(已改)。' });
    first.store.close();

    const reopened = openBackend(dir);
    const { paragraphs } = await reopened.api.getDocument({ documentId: id });
    expect(paragraphs[1]!.targets.en).toMatchObject({ text: 'The SAR Government announced new measures today.', status: 'draft' });
    expect(paragraphs[2]!.targets['zh-Hans']).toMatchObject({ text: '第三段(已改)。', status: 'draft' });
    expect(paragraphs[0]!.targets['zh-Hans'].status).toBe('auto');
    reopened.store.close();
  });

  it('moves status empty → draft → translated, and back to empty when cleared', async () => {
    const { api, store } = openBackend(tempDir());
    const { id } = await api.importText({ title: 'doc', text });
    const pid = (await api.getDocument({ documentId: id })).paragraphs[0]!.id;
    expect((await api.saveTarget({ paragraphId: pid, lang: 'en', text: 'One.' })).status).toBe('draft');
    expect((await api.confirmTarget({ paragraphId: pid, lang: 'en' })).status).toBe('translated');
    expect((await api.saveTarget({ paragraphId: pid, lang: 'en', text: 'One!' })).status).toBe('draft');
    expect((await api.saveTarget({ paragraphId: pid, lang: 'en', text: '' })).status).toBe('empty');
    await expect(api.confirmTarget({ paragraphId: pid, lang: 'en' })).rejects.toMatchObject({ code: 'EMPTY_TARGET' });
    store.close();
  });

  it('offers a confirmed pair as an exact match in another document, not in its own paragraph', async () => {
    const { api, store } = openBackend(tempDir());
    const first = await api.importText({ title: 'first', text });
    const own = (await api.getDocument({ documentId: first.id })).paragraphs[1]!;
    await api.saveTarget({ paragraphId: own.id, lang: 'en', text: 'The SAR Government announced new measures today.' });
    await api.confirmTarget({ paragraphId: own.id, lang: 'en' });
    await api.confirmTarget({ paragraphId: own.id, lang: 'zh-Hans' });
    expect(await api.findTmMatches({ paragraphId: own.id })).toEqual([]);

    const second = await api.importText({ title: 'second', text: '另一段。\n香港特區政府今日宣佈新措施。' });
    const [other, same] = (await api.getDocument({ documentId: second.id })).paragraphs;
    expect(await api.findTmMatches({ paragraphId: other!.id })).toEqual([]);
    expect(await api.findTmMatches({ paragraphId: same!.id })).toEqual([
      expect.objectContaining({
        score: 100,
        source: '香港特區政府今日宣佈新措施。',
        en: 'The SAR Government announced new measures today.',
        zhHans: '香港特区政府今日宣布新措施。',
        origin: 'first',
      }),
    ]);
    expect(store.tm.count()).toBe(1);
    store.close();
  });

  it('refuses an empty document and stores nothing', async () => {
    const { api, store } = openBackend(tempDir());
    await expect(api.importText({ title: 'blank', text: '\n \u00a0\n' })).rejects.toMatchObject({ code: 'EMPTY_DOCUMENT' });
    expect(await api.listDocuments({})).toEqual([]);
    store.close();
  });

  it('reports a missing document or paragraph as NOT_FOUND', async () => {
    const { api, store } = openBackend(tempDir());
    await expect(api.getDocument({ documentId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.saveTarget({ paragraphId: 999, lang: 'en', text: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    store.close();
  });

  it('exports one target language as text, leaving out or filling untranslated paragraphs', async () => {
    const { api, store } = openBackend(tempDir());
    const { id } = await api.importText({ title: 'doc', text });
    const pid = (await api.getDocument({ documentId: id })).paragraphs[0]!.id;
    await api.saveTarget({ paragraphId: pid, lang: 'en', text: 'Paragraph one.' });
    const decode = (result: { contentBase64: string }) => Buffer.from(result.contentBase64, 'base64').toString('utf8');
    const omitted = await api.exportDocument({ documentId: id, lang: 'en', format: 'txt' });
    expect(omitted).toMatchObject({ fileName: expect.stringMatching(/\.txt$/), summary: { omitted: 2, untranslated: 'omit' } });
    expect(decode(omitted)).toBe('Paragraph one.\n');
    const filled = await api.exportDocument({ documentId: id, lang: 'en', format: 'txt', untranslated: 'source' });
    expect(decode(filled)).toBe('Paragraph one.\n\n香港特區政府今日宣佈新措施。\n\n第三段。\n');
    const zh = await api.exportDocument({ documentId: id, lang: 'zh-Hans', format: 'txt' });
    expect(decode(zh)).toBe('第一段。\n\n香港特区政府今日宣布新措施。\n\n第三段。\n');
    store.close();
  });

  it('creates the built-in sample once, on an empty database only', async () => {
    const { api, service, store } = openBackend(tempDir());
    service.ensureSampleDocument();
    service.ensureSampleDocument();
    const docs = await api.listDocuments({});
    expect(docs).toHaveLength(1);
    const { paragraphs } = await api.getDocument({ documentId: docs[0]!.id });
    expect(paragraphs.some((p) => p.source.includes('的士'))).toBe(true);
    store.close();
  });
});
