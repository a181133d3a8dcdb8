import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

describe('terminology and QA through the contract', () => {
  const tempDir = useTempDir();

  it('drafts the Simplified column with the glossary term over OpenCC and the vocabulary', async () => {
    const { api, store } = openBackend(tempDir());
    await api.saveGlossaryEntry({ projectId: null, zhHant: '特區政府', en: 'the SAR Government', zhHans: '特区政府(香港)' });
    const { id } = await api.importText({ title: 'doc', text: '特區政府今日乘巴士視察。' });
    const [paragraph] = (await api.getDocument({ documentId: id })).paragraphs;
    expect(paragraph!.targets['zh-Hans'].text).toBe('特区政府(香港)今日乘公交车视察。');
    expect(await api.getGlossaryHits({ paragraphId: paragraph!.id })).toEqual([
      expect.objectContaining({ start: 0, end: 4, text: '特區政府', entries: [expect.objectContaining({ en: 'the SAR Government' })] }),
    ]);
    store.close();
  });

  it('redrafts automatic Simplified cells when a glossary term changes, and flags edited ones', async () => {
    const { api, store } = openBackend(tempDir());
    const { id } = await api.importText({ title: 'doc', text: '特區政府今日宣佈。\n特區政府明日開會。' });
    const [, edited] = (await api.getDocument({ documentId: id })).paragraphs;
    await api.saveTarget({ paragraphId: edited!.id, lang: 'zh-Hans', text: '特区政府明日开会(已校对)。' });

    const entry = await api.saveGlossaryEntry({ projectId: null, zhHant: '特區政府', en: 'the SAR Government', zhHans: '香港特区政府' });
    let { paragraphs } = await api.getDocument({ documentId: id });
    expect(paragraphs[0]!.targets['zh-Hans']).toMatchObject({ text: '香港特区政府今日宣布。', status: 'auto' });
    expect(paragraphs[1]!.targets['zh-Hans']).toMatchObject({ text: '特区政府明日开会(已校对)。', staleReason: 'vocabulary' });

    await api.deleteGlossaryEntry({ id: entry.id });
    ({ paragraphs } = await api.getDocument({ documentId: id }));
    expect(paragraphs[0]!.targets['zh-Hans'].text).toBe('特区政府今日宣布。');
    store.close();
  });

  it('checks a cell live, remembers an ignored warning with its reason, and reports the document', async () => {
    const { api, store } = openBackend(tempDir());
    const { id } = await api.importText({ title: 'doc', text: '撥款10億港元。' });
    const [paragraph] = (await api.getDocument({ documentId: id })).paragraphs;
    const findings = await api.checkCell({ paragraphId: paragraph!.id, lang: 'en', text: 'A grant of HK$100 million.' });
    const numbers = findings.find((f) => f.check === 'numbers');
    expect(numbers).toMatchObject({ severity: 'error', ignored: null });
    expect(await api.checkCell({ paragraphId: paragraph!.id, lang: 'en', text: 'A grant of HK$1 billion.' })).not.toContainEqual(
      expect.objectContaining({ check: 'numbers' }),
    );

    await api.saveTarget({ paragraphId: paragraph!.id, lang: 'en', text: 'A grant of HK$100 million.' });
    await api.ignoreWarning({ paragraphId: paragraph!.id, lang: 'en', check: 'numbers', key: numbers!.key, reason: 'Checked with the budget office.' });
    const report = await api.checkDocument({ documentId: id });
    expect(report.findings.find((f) => f.check === 'numbers')?.ignored?.reason).toBe('Checked with the budget office.');
    const csv = await api.qaReport({ documentId: id, format: 'csv' });
    expect(Buffer.from(csv.contentBase64, 'base64').toString('utf8')).toContain('numbers');
    store.close();
  });

  it('looks up a word in the offline dictionary, beyond what ICU segments', { timeout: 60_000 }, async () => {
    const { api, store } = openBackend(tempDir());
    const text = '香港在人工智能領域的主要優勢';
    const matches = await api.lookupDictionary({ text, start: text.indexOf('智能'), end: text.indexOf('智能') + 2 });
    expect(matches[0]).toMatchObject({ text: '人工智能' });
    expect(matches[0]!.entries[0]!.glosses.join(' ')).toMatch(/artificial intelligence/i);
    store.close();
  });
});
