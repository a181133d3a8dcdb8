import { describe, expect, it } from 'vitest';
import { applicableEntries, checkGlossaryTerm, glossaryVocabulary, type GlossaryTerm } from '../../../core/glossary/entry.ts';
import { compileGlossary, findGlossaryTerms } from '../../../core/glossary/recognize.ts';
import { draftSimplified } from '../../../core/simplified/draft.ts';
import { compileVocabulary } from '../../../core/simplified/vocabulary.ts';

const term = (zhHant: string, en: string, zhHans = '', extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  zhHant, en, zhHans, notes: '', partOfSpeech: '', forbidden: false, ...extra,
});

const found = (entries: GlossaryTerm[], source: string) =>
  findGlossaryTerms(compileGlossary(entries), source).map((hit) => [source.slice(hit.start, hit.end), hit.entries.map((e) => e.en)]);

describe('glossary recognition', () => {
  it('takes the longest term at each place, left to right', () => {
    const entries = [term('特區', 'SAR'), term('特區政府', 'the SAR Government'), term('政府', 'government')];
    expect(found(entries, '特區政府今日表示，特區和政府')).toEqual([
      ['特區政府', ['the SAR Government']],
      ['特區', ['SAR']],
      ['政府', ['government']],
    ]);
  });

  it('matches the Hong Kong, Taiwan and mainland forms of a term', () => {
    const entries = [term('衞生署', 'Department of Health')];
    for (const source of ['衞生署發言人', '衛生署發言人', '卫生署发言人']) {
      expect(found(entries, source)).toEqual([[source.slice(0, 3), ['Department of Health']]]);
    }
  });

  it('finds an entry by its Simplified term too, where the source uses the mainland wording', () => {
    expect(found([term('的士', 'taxi', '出租车')], '他坐出租車上班')).toEqual([['出租車', ['taxi']]]);
  });

  it('lists every rendering of a term, and matches a Latin-script term only as a word', () => {
    const entries = [term('AI', 'AI'), term('大模型', 'large model'), term('大模型', 'foundation model')];
    expect(found(entries, 'HKGAI的大模型與AI')).toEqual([
      ['大模型', ['large model', 'foundation model']],
      ['AI', ['AI']],
    ]);
  });

  it('finds nothing in text without the terms', () => {
    expect(found([term('特區政府', 'the SAR Government')], '香港科技大學')).toEqual([]);
    expect(found([], '特區政府')).toEqual([]);
  });
});

describe('glossary entries', () => {
  it('are stored trimmed and in NFC, and need a target', () => {
    expect(checkGlossaryTerm(term('  特區政府 ', ' the  SAR Government '))).toMatchObject({ zhHant: '特區政府', en: 'the SAR Government' });
    expect(() => checkGlossaryTerm(term('特區', ''))).toThrow(/needs an English or a Simplified/u);
    expect(() => checkGlossaryTerm(term('特\t區', 'SAR'))).toThrow(/tab or a line break/u);
  });

  it('give the Simplified drafting their zh-Hans terms, the project’s before the global ones, none when forbidden', () => {
    const entries = [
      { ...term('的士', 'taxi', '的士'), projectId: null },
      { ...term('的士', 'cab', '出租车'), projectId: 7 },
      { ...term('特首', 'Chief Executive', '特首', { forbidden: true }), projectId: null },
    ];
    const vocabulary = glossaryVocabulary(applicableEntries(entries, 7));
    expect(vocabulary).toEqual([{ traditional: '的士', simplified: '出租车' }]);
    // In the vocabulary layer's shape, they override OpenCC for their span.
    expect(draftSimplified('坐的士返工', { variant: 'hk', vocabulary: compileVocabulary(vocabulary) }).text).toBe('坐出租车返工');
    expect(glossaryVocabulary(applicableEntries(entries, 8))).toEqual([{ traditional: '的士', simplified: '的士' }]);
  });
});
