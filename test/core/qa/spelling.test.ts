import { describe, expect, it } from 'vitest';
import { checkCellText } from '../../../core/qa/check.ts';
import { compileGlossary } from '../../../core/glossary/recognize.ts';
import { checkSpelling, isOneWord, suggestionEdits, type Speller } from '../../../core/qa/spelling.ts';
import { applyFix, type QaCell } from '../../../core/qa/types.ts';

/** A speller that knows a handful of words, so each rule of the check is visible on its own. */
function fakeSpeller(known: readonly string[]): Speller & { asked: string[] } {
  const words = new Set(known);
  const asked: string[] = [];
  return {
    asked,
    correct: (word) => {
      asked.push(word);
      return words.has(word) || words.has(word.toLowerCase());
    },
    suggest: (word) => [...words].filter((w) => w[0] === word[0]?.toLowerCase()),
  };
}

const cell = (target: string, lang: QaCell['lang'] = 'en'): QaCell => ({ source: '政府', target, lang, status: 'draft' });
const term = (en: string) => ({ zhHant: '詞', en, zhHans: '', notes: '', partOfSpeech: '', forbidden: false });

describe('the English spelling check', () => {
  it('flags each unknown word once, with all its places and the suggestions', () => {
    const speller = fakeSpeller(['the', 'government', 'said']);
    const target = 'The goverment said the goverment said.';
    const [found, ...rest] = checkSpelling(cell(target), { speller, personal: [] });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ check: 'spelling', severity: 'warning', key: 'goverment', suggestions: ['government'] });
    expect(found!.ranges.map((r) => target.slice(r.start, r.end))).toEqual(['goverment', 'goverment']);
    expect(found!.message).toBe('Possible misspelling “goverment”; did you mean “government”?');
    expect(applyFix(target, suggestionEdits(found!, 'government'))).toBe('The government said the government said.');
  });

  it('skips numbers, words with digits, URLs, e-mail addresses, acronyms, mixed case and single letters', () => {
    const speller = fakeSpeller(['mail']);
    const target = 'HK$1 5G 2026 https://www.info.gov.hk/gia/x?q=zz www.abc.hk mail a.b@gov.hk HKSAR NGOs LegCo’s iPhone x';
    expect(checkSpelling(cell(target), { speller, personal: [] })).toEqual([]);
    // Only the one real word reached the dictionary.
    expect(speller.asked).toEqual(['mail']);
  });

  it('accepts the words of English glossary terms and of the project dictionary, in any case and possessive', () => {
    const speller = fakeSpeller(['and', 'the', 'bound']);
    const options = { speller, personal: ['kowloon'] };
    expect(checkSpelling(cell('Kowloon and Tsim Sha Tsui’s KOWLOON-bound the'), options, [term('Tsim Sha Tsui')])).toEqual([]);
    expect(checkSpelling(cell('Kowloon and Mong Kok'), options, [term('Tsim Sha Tsui')]).map((f) => f.key)).toEqual(['Mong', 'Kok']);
  });

  it('checks apostrophes as the dictionary writes them, and leaves Simplified cells alone', () => {
    const speller = fakeSpeller(["don't"]);
    expect(checkSpelling(cell('don’t'), { speller, personal: [] })).toEqual([]);
    expect(checkSpelling(cell('robto', 'zh-Hans'), { speller, personal: [] })).toEqual([]);
  });

  it('runs with the other cell checks only when a speller is given', () => {
    const speller = fakeSpeller(['robots', 'dance']);
    const glossary = compileGlossary([term('Hong Kong')]);
    expect(checkCellText(cell('Robots dacne in Hong Kong.'), { glossary }).map((f) => f.check)).not.toContain('spelling');
    const issues = checkCellText(cell('Robots dacne in Hong Kong.'), { glossary, spelling: { speller, personal: [] } });
    expect(issues.filter((f) => f.check === 'spelling').map((f) => f.key)).toEqual(['dacne', 'in']);
  });

  it('tells one word from several', () => {
    expect(['Kowloon', "don't", 'Government’s'].map(isOneWord)).toEqual([true, true, true]);
    expect(['Tsim Sha', 'co-operate', 'e.g.', 'word!', ''].map(isOneWord)).toEqual([false, false, false, false, false]);
  });
});
