import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../core/glossary/delimited.ts';
import { qaText } from '../../core/qa/messages.ts';
import { openBackend } from '../support/backend.ts';
import { useTempDir } from '../support/temp.ts';

const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('QA findings in any interface language, through the contract', () => {
  const tempDir = useTempDir();

  async function budget() {
    const backend = openBackend(tempDir());
    const document = await backend.api.importText({ title: 'budget', text: '特區政府預留10億港元。' });
    const [paragraph] = (await backend.api.getDocument({ documentId: document.id })).paragraphs;
    return { ...backend, documentId: document.id, paragraphId: paragraph!.id };
  }

  it('gives each finding a message id and its parameters, with the English text made from them', async () => {
    const { api, store, documentId, paragraphId } = await budget();
    const findings = await api.checkCell({ paragraphId, lang: 'en', text: 'The SAR Goverment sets aside HK$100 million' });
    expect(findings.map((f) => [f.check, f.code, f.params])).toEqual([
      ['numbers', 'numberMissing', { number: '10億', value: '1 billion' }],
      ['spelling', 'misspellingSuggestion', { word: 'Goverment', suggestion: 'Government' }],
      ['end-punctuation', 'endPunctuationMissing', { source: '.' }],
    ]);
    expect(findings[0]!.message).toBe('The number 10億 (1 billion) is not in the translation');
    for (const finding of findings) expect(finding.message).toBe(qaText(finding, 'en'));
    expect(qaText(findings[1]!, 'zh-Hant')).toBe('可能拼錯了「Goverment」；是否應為「Government」？');

    // The whole-document check carries them too, with a Simplified value written as Simplified writes it.
    await api.saveTarget({ paragraphId, lang: 'zh-Hans', text: '特区政府预留1亿港元,' });
    const document = await api.checkDocument({ documentId });
    expect(document.findings.filter((f) => f.lang === 'zh-Hans').map((f) => [f.code, f.params])).toEqual([
      ['numberMissing', { number: '10億', value: '10亿' }],
      ['endPunctuationDiffers', { source: '.', target: ',' }],
    ]);
    store.close();
  });

  it('writes the report in the language asked for, English by default, and refuses an unknown one', async () => {
    const { api, store, documentId, paragraphId } = await budget();
    await api.saveTarget({ paragraphId, lang: 'en', text: 'The SAR Government sets aside HK$100 million.' });

    const english = parseDelimited(decode((await api.qaReport({ documentId, format: 'csv' })).contentBase64).slice(1), ',').map((r) => r.fields);
    expect(english[0]![4]).toBe('Message');
    expect(english.find((r) => r[3] === 'numbers')![4]).toBe('The number 10億 (1 billion) is not in the translation');

    const traditional = parseDelimited(decode((await api.qaReport({ documentId, format: 'csv', language: 'zh-Hant' })).contentBase64).slice(1), ',').map((r) => r.fields);
    expect(traditional[0]).toEqual(['段落', '語言', '嚴重程度', '檢查', '訊息', '原文', '譯文', '忽略原因']);
    expect(traditional.find((r) => r[3] === 'numbers')!.slice(1, 5)).toEqual(['英文', '錯誤', 'numbers', '譯文中沒有數字 10億（1 billion）']);

    const html = decode((await api.qaReport({ documentId, format: 'html', language: 'zh-Hans' })).contentBase64);
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain('译文中没有数字 10億（1 billion）');

    await expect(api.qaReport({ documentId, format: 'csv', language: 'fr' as 'en' })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    store.close();
  });
});
