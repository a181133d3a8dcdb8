import { describe, expect, it } from 'vitest';
import type { TargetLangT } from '../../../core/api/contract.ts';
import type { GlossaryTerm } from '../../../core/glossary/entry.ts';
import { compileGlossary } from '../../../core/glossary/recognize.ts';
import { checkCellText, checkParagraphs, type QaParagraph } from '../../../core/qa/check.ts';
import { checkConsistency, type QaRow } from '../../../core/qa/consistency.ts';
import { checkForbiddenTerms, checkGlossaryTerms } from '../../../core/qa/glossary.ts';
import type { QaCell } from '../../../core/qa/types.ts';

const term = (zhHant: string, en: string, zhHans = '', forbidden = false): GlossaryTerm => ({
  zhHant, en, zhHans, notes: '', partOfSpeech: '', forbidden,
});
const glossary = compileGlossary([
  term('特區政府', 'the SAR Government', '特区政府'),
  term('港區全國人大代表', "Hong Kong deputies to the National People's Congress"),
  term('機器人', 'robot', '机器人'),
  term('港區人大代表', 'Hong Kong NPC representatives', '', true),
]);
const cell = (source: string, target: string, lang: TargetLangT = 'en'): QaCell => ({ source, target, lang, status: 'draft' });

describe('glossary checks', () => {
  it('flags a source term whose rendering is missing from the translation', () => {
    const [found] = checkGlossaryTerms(cell('特區政府宣佈新措施。', 'The Hong Kong government announced new measures.'), glossary);
    expect(found).toMatchObject({ check: 'glossary-missing', severity: 'warning', sourceRanges: [{ start: 0, end: 4 }] });
    expect(found!.message).toContain('“the SAR Government”');
    expect(checkGlossaryTerms(cell('特區政府宣佈', '香港政府宣布', 'zh-Hans'), glossary)).toHaveLength(1);
  });

  it('accepts the rendering in any case, without its article, and inflected', () => {
    expect(checkGlossaryTerms(cell('特區政府宣佈新措施。', "The SAR government's new measures."), glossary)).toEqual([]);
    expect(checkGlossaryTerms(cell('兩個機器人', 'two robots'), glossary)).toEqual([]);
    expect(checkGlossaryTerms(cell('特區政府宣佈', '特区政府宣布', 'zh-Hans'), glossary)).toEqual([]);
  });

  it('does not take a word that merely contains the rendering', () => {
    expect(checkGlossaryTerms(cell('機器人', 'robotics'), glossary)).toHaveLength(1);
  });

  it('flags a forbidden rendering as an error, and passes a translation without it', () => {
    const [found] = checkForbiddenTerms(cell('港區全國人大代表表示', 'Hong Kong NPC representatives said'), glossary);
    expect(found).toMatchObject({ check: 'forbidden-term', severity: 'error', ranges: [{ start: 0, end: 29 }] });
    expect(checkForbiddenTerms(cell('港區全國人大代表表示', "Hong Kong deputies to the National People's Congress said"), glossary)).toEqual([]);
  });
});

describe('consistency', () => {
  const rows: QaRow[] = [
    { paragraphId: 1, position: 0, source: '人工智能', target: 'Artificial intelligence' },
    { paragraphId: 2, position: 1, source: '人工智能', target: 'AI' },
    { paragraphId: 3, position: 2, source: '人工智慧', target: 'Artificial intelligence' },
    { paragraphId: 4, position: 3, source: '香港', target: 'Hong Kong' },
    { paragraphId: 5, position: 4, source: '香港', target: ' Hong  Kong' },
    { paragraphId: 6, position: 5, source: '機器人', target: '' },
  ];

  it('flags one source translated two ways, in both paragraphs', () => {
    const found = checkConsistency(rows, 'en');
    expect(found.get(1)!.find((i) => i.check === 'inconsistent-translation')!.key).toBe('AI');
    expect(found.get(2)!.find((i) => i.check === 'inconsistent-translation')!.message).toContain('paragraph 1');
  });

  it('flags different sources with one translation', () => {
    const found = checkConsistency(rows, 'en');
    expect(found.get(3)!.map((i) => i.check)).toEqual(['shared-translation']);
    expect(found.get(1)!.map((i) => i.check)).toContain('shared-translation');
  });

  it('passes translations that differ only in spacing, and skips empty ones', () => {
    const found = checkConsistency(rows, 'en');
    expect(found.has(4)).toBe(false);
    expect(found.has(5)).toBe(false);
    expect(found.has(6)).toBe(false);
  });
});

describe('running the checks', () => {
  it('reports only "empty" for an empty cell, and sorts errors first', () => {
    expect(checkCellText(cell('預留10億港元。', '')).map((i) => i.check)).toEqual(['empty']);
    const checks = checkCellText(cell('特區政府預留10億港元。', 'The government  sets aside HK$1 million.'), { glossary }).map((i) => i.check);
    expect(checks).toEqual(['numbers', 'glossary-missing', 'double-space']);
  });

  it('passes a good translation', () => {
    expect(checkCellText(cell('特區政府預留10億港元。', 'The SAR Government sets aside HK$1 billion.'), { glossary })).toEqual([]);
  });

  it('flags an unreviewed machine draft only when exporting', () => {
    const auto: QaCell = { source: '機器人', target: '机器人', lang: 'zh-Hans', status: 'auto' };
    expect(checkCellText(auto)).toEqual([]);
    expect(checkCellText(auto, { exporting: true }).map((i) => i.check)).toEqual(['unreviewed-auto']);
  });

  it('checks a document cell by cell with consistency, or one cell of it', () => {
    const paragraph = (paragraphId: number, source: string, en: string): QaParagraph => ({
      paragraphId, position: paragraphId - 1, source, targets: { en: { text: en, status: 'draft' }, 'zh-Hans': { text: '香港', status: 'draft' } },
    });
    const document = [paragraph(1, '香港', 'Hong Kong'), paragraph(2, '香港', 'HK')];
    const all = checkParagraphs(document);
    expect(all.map((c) => [c.paragraphId, c.lang, c.issues.map((i) => i.check)])).toEqual([
      [1, 'en', ['inconsistent-translation']],
      [1, 'zh-Hans', []],
      [2, 'en', ['inconsistent-translation']],
      [2, 'zh-Hans', []],
    ]);
    expect(checkParagraphs(document, {}, { paragraphId: 2, lang: 'en' }).map((c) => c.paragraphId)).toEqual([2]);
  });
});
