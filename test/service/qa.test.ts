import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../core/glossary/delimited.ts';
import { Store } from '../../db/store.ts';
import { glossaryDraftVocabulary, glossaryHits, importGlossary, saveGlossaryEntry, exportGlossary } from '../../service/glossary.ts';
import { checkCell, checkDocument, ignoreWarning, qaReport, unignoreWarning } from '../../service/qa.ts';
import { openBackend, type Backend } from '../support/backend.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';

const NOW = '2026-03-18T03:00:00.000Z';
const term = (zhHant: string, en: string, zhHans = '') => ({ zhHant, en, zhHans, notes: '', partOfSpeech: '', forbidden: false });

function paragraphIds(backend: Backend, documentId: number): number[] {
  return backend.service.getDocument({ documentId }).paragraphs.map((p) => p.id);
}

describe('QA over the store', () => {
  const tempDir = useTempDir();

  it('checks the cell being typed: a warning appears, and goes when the text is fixed', () => {
    const backend = openBackend(tempDir());
    const doc = backend.service.importText({ title: 'budget', text: '特區政府預留10億港元。' });
    const [id] = paragraphIds(backend, doc.id) as [number];
    saveGlossaryEntry(backend.store, { projectId: null, ...term('特區政府', 'the SAR Government') }, NOW);

    const typing = checkCell(backend.store, id, 'en', { text: 'The government sets aside HK$1 billion.' });
    expect(typing.map((f) => [f.check, f.paragraphId, f.ignored])).toEqual([['glossary-missing', id, null]]);
    expect(checkCell(backend.store, id, 'en', { text: 'The SAR Government sets aside HK$1 billion.' })).toEqual([]);
    // Without the typed text, the stored cell is checked: it is still empty.
    expect(checkCell(backend.store, id, 'en').map((f) => f.check)).toEqual(['empty']);
    backend.store.close();
  });

  it('remembers an ignored warning with its reason across a reopen, and shows it again on request', () => {
    const dir = tempDir();
    const backend = openBackend(dir);
    const doc = backend.service.importText({ title: 'budget', text: '預留10億港元，成立3個研發院。' });
    const [id] = paragraphIds(backend, doc.id) as [number];
    backend.service.saveTarget({ paragraphId: id, lang: 'en', text: 'sets aside HK$100 million for 3 institutes.' });
    const [wrong] = checkCell(backend.store, id, 'en');
    expect(wrong).toMatchObject({ check: 'numbers', key: '1000000000', ignored: null });

    expect(() => ignoreWarning(backend.store, { paragraphId: id, lang: 'en', check: 'numbers', key: wrong!.key, reason: '  ' }, NOW)).toThrow(/reason is empty/u);
    ignoreWarning(backend.store, { paragraphId: id, lang: 'en', check: 'numbers', key: wrong!.key, reason: 'The figure was revised in the press release' }, NOW);
    backend.store.close();

    const store = Store.open(backend.dbPath);
    const [again] = checkCell(store, id, 'en');
    expect(again!.ignored).toEqual({ reason: 'The figure was revised in the press release', createdAt: NOW });
    // The same problem after an unrelated edit stays ignored; another missing number is a new warning.
    expect(checkCell(store, id, 'en', { text: 'It sets aside HK$100 million for 3 new institutes.' }).map((f) => f.ignored?.reason)).toEqual([
      'The figure was revised in the press release',
    ]);
    expect(checkCell(store, id, 'en', { text: 'sets aside HK$100 million for institutes.' }).map((f) => [f.key, f.ignored === null])).toEqual([
      ['1000000000', false],
      ['3', true],
    ]);
    expect(checkDocument(store, doc.id).counts).toMatchObject({ ignored: 1 });

    expect(unignoreWarning(store, { paragraphId: id, lang: 'en', check: 'numbers', key: wrong!.key })).toBe(true);
    expect(checkCell(store, id, 'en')[0]!.ignored).toBeNull();
    store.close();
  });

  it('checks a whole document as before an export, leaving out excluded paragraphs', () => {
    const backend = openBackend(tempDir());
    const doc = backend.service.importText({ title: 'two', text: '機器人熱舞。\n香港科技大學。' });
    const [first, second] = paragraphIds(backend, doc.id) as [number, number];
    backend.service.saveTarget({ paragraphId: first, lang: 'en', text: 'Robots dance.' });
    backend.service.setParagraphExcluded({ paragraphId: second, excluded: true });
    const qa = checkDocument(backend.store, doc.id);
    expect(qa.findings.map((f) => [f.paragraphId, f.lang, f.check])).toEqual([[first, 'zh-Hans', 'unreviewed-auto']]);
    expect(qa.counts).toEqual({ error: 0, warning: 1, info: 0, ignored: 0 });
    expect(() => checkDocument(backend.store, 999)).toThrow('Document 999 does not exist');
    backend.store.close();
  });

  it('imports and exports the glossary through files, finds its terms in a paragraph and gives drafting its terms', () => {
    const backend = openBackend(tempDir());
    const doc = backend.service.importText({ title: 'terms', text: '特區政府坐的士。' });
    const [id] = paragraphIds(backend, doc.id) as [number];
    const csv = new TextEncoder().encode('\ufeffzh-Hant,en,zh-Hans\r\n特區政府,the SAR Government,特区政府\r\n的士,taxi,出租车\r\n政府,\r\n');
    const imported = importGlossary(backend.store, csv, { projectId: null }, NOW);
    expect(imported).toMatchObject({ added: 2, updated: 0, unchanged: 0, skipped: [{ at: 'line 4' }] });
    expect(importGlossary(backend.store, csv, { projectId: null }, NOW)).toMatchObject({ added: 0, unchanged: 2 });

    expect(glossaryHits(backend.store, id).map((h) => [h.text, h.start, h.entries[0]!.en])).toEqual([
      ['特區政府', 0, 'the SAR Government'],
      ['的士', 5, 'taxi'],
    ]);
    const project = backend.store.documents.find(doc.id)!.projectId;
    expect(glossaryDraftVocabulary(backend.store, project)).toEqual([
      { traditional: '特區政府', simplified: '特区政府' },
      { traditional: '的士', simplified: '出租车' },
    ]);

    const tbx = exportGlossary(backend.store, { projectId: null, format: 'tbx' });
    expect(tbx.fileName).toBe('glossary.tbx');
    const other = openBackend(tempDir());
    expect(importGlossary(other.store, tbx.bytes, { projectId: null }, NOW)).toMatchObject({ added: 2 });
    expect(other.store.glossary.list().map((e) => e.en)).toEqual(['the SAR Government', 'taxi']);
    expect(() => importGlossary(other.store, new TextEncoder().encode('zh-Hant,en\n政府,\n'), { projectId: null }, NOW)).toThrow(/no usable entry/u);
    other.store.close();
    backend.store.close();
  });

  it.runIf(sharedAvailable(SEED_PATH))('finds the three deliberate mistakes in English and Simplified written for the seed article', () => {
    const backend = openBackend(tempDir());
    const doc = backend.service.importText({ title: 'HK AI article', text: readFileSync(SEED_PATH, 'utf8') });
    const paragraphs = backend.service.getDocument({ documentId: doc.id }).paragraphs;
    const find = (start: string) => paragraphs.find((p) => p.source.startsWith(start))!.id;
    const budget = find('特區政府2025至2026年度');
    const deputies = find('港區全國人大代表、');
    const statistics = find('據統計');
    for (const entry of [
      term('特區政府', 'the SAR Government', '特区政府'),
      term('人工智能', 'artificial intelligence', '人工智能'),
      term('港區全國人大代表', "Hong Kong deputies to the National People's Congress", '港区全国人大代表'),
      // Names the English dictionary does not know: the spelling check accepts glossary terms.
      term('葉玉如', 'Nancy Ip'),
      term('數碼港', 'Cyberport'),
    ]) saveGlossaryEntry(backend.store, { projectId: null, ...entry }, NOW);
    // A word missing from the dictionary, added to the project's own.
    backend.service.addSpellingWord({ projectId: doc.projectId, word: 'bioengineering' });

    const write = (paragraphId: number, lang: 'en' | 'zh-Hans', text: string) => backend.service.saveTarget({ paragraphId, lang, text });
    // Mistake 1: 10億港元 is HK$1 billion, not HK$100 million.
    write(budget, 'en', "The SAR Government's 2025-26 Budget proposes to develop artificial intelligence as a key industry with full force, " +
      'to speed up building a global hub of AI innovation and industry, and to set aside HK$100 million to set up the Hong Kong AI ' +
      'Research and Development Institute to turn research results into applications.');
    // Mistake 2: 港區全國人大代表 is not rendered as the glossary says.
    write(deputies, 'en', "Nancy Ip, a Hong Kong NPC member and President of HKUST, told the media that the university's artificial " +
      'intelligence research is not confined to computer science but spreads across life sciences, chemistry, bioengineering, finance, ' +
      'management and other fields, promoting interdisciplinary integration and innovation.');
    write(statistics, 'en', 'According to statistics, more than 800 artificial intelligence companies are now gathered at the Hong Kong ' +
      "Science Park and Cyberport. Of the 66 strategic enterprises brought in by the SAR Government's Office for Attracting Strategic " +
      'Enterprises since it was set up at the end of 2022, 24 are in data science and artificial intelligence, more than 30 per cent.');
    // Mistake 3: one ASCII comma among full-width punctuation.
    const simplified = '据统计，目前香港科学园和数码港汇聚逾800家人工智能企业。而特区政府引进重点企业办公室2022年底成立以来,' +
      '累计引进的66家重点企业中，有24家属于数据科学与人工智能类别，占比逾三成。';
    write(statistics, 'zh-Hans', simplified);

    const issues = checkDocument(backend.store, doc.id).findings;
    const of = (paragraphId: number, lang: string) => issues.filter((f) => f.paragraphId === paragraphId && f.lang === lang).map((f) => f.check);
    expect(issues.find((f) => f.paragraphId === budget && f.check === 'numbers')).toMatchObject({ key: '1000000000', severity: 'error' });
    expect(issues.find((f) => f.paragraphId === deputies && f.check === 'glossary-missing')!.message).toContain('港區全國人大代表');
    expect(issues.find((f) => f.paragraphId === statistics && f.check === 'ascii-punctuation')!.ranges).toEqual([{ start: simplified.indexOf(','), end: simplified.indexOf(',') + 1 }]);
    // And nothing else is wrong with what was written correctly.
    expect(of(budget, 'en')).toEqual(['numbers']);
    expect(of(deputies, 'en')).toEqual(['glossary-missing']);
    expect(of(statistics, 'en')).toEqual([]);
    expect(of(statistics, 'zh-Hans')).toEqual(['ascii-punctuation']);

    const csv = qaReport(backend.store, doc.id, 'csv', NOW);
    const reported = parseDelimited(csv.text.slice(1), ',').map((r) => `${r.fields[0]} ${r.fields[1]} ${r.fields[3]}`);
    const number = (id: number) => paragraphs.find((p) => p.id === id)!.position + 1;
    expect(reported).toEqual(expect.arrayContaining([
      `${number(budget)} English numbers`,
      `${number(deputies)} English glossary-missing`,
      `${number(statistics)} Simplified Chinese ascii-punctuation`,
    ]));
    const html = qaReport(backend.store, doc.id, 'html', NOW);
    expect(html.fileName).toBe('HK AI article QA.html');
    expect(html.text).toContain('The number 10億 (1 billion) is not in the translation');
    expect(html.text).toContain('Glossary: 港區全國人大代表 should be translated as');
    expect(html.counts.error).toBeGreaterThan(0);
    backend.store.close();
  });
});
