import { describe, expect, it } from 'vitest';
import { checkNumbers, sourceNumbers, targetNumbers } from '../../../core/qa/numbers.ts';
import type { TargetLangT } from '../../../core/api/contract.ts';

const issues = (source: string, target: string, lang: TargetLangT = 'en') => checkNumbers({ source, target, lang, status: 'draft' });
const keys = (source: string, target: string, lang: TargetLangT = 'en') => issues(source, target, lang).map((i) => i.key);

describe('number check', () => {
  it.each([
    ['十', '十人出席。', 'Ten people attended.'],
    ['十 as digits', '十人出席。', '10 people attended.'],
    ['二十五', '二十五名學生', '25 students'],
    ['二十五 in words', '二十五名學生', 'twenty-five students'],
    ['10億 as billion', '預留10億港元', 'set aside HK$1 billion'],
    ['10億 as bn', '預留10億港元', 'set aside HK$1bn'],
    ['10億 with grouping', '預留10億港元', 'set aside HK$1,000,000,000'],
    ['1.5萬', '約1.5萬人', 'about 15,000 people'],
    ['800萬 as million', '800萬名市民', '8 million residents'],
    ['full-width digits', '共１２３人', 'a total of 123 people'],
    ['a year', '2025年', 'in 2025'],
    ['a year span', '2025至2026年度', 'the 2025-26 financial year'],
    ['a Han year', '二〇二五年', 'the year 2025'],
    ['a month by name', '2月25日', 'on 25 February'],
    ['a percentage', '佔56%', 'accounts for 56%'],
    ['百分之 as per cent', '佔百分之五十六', 'accounts for 56 per cent'],
  ])('passes %s', (_, source, target) => {
    expect(issues(source, target)).toEqual([]);
  });

  it.each([
    ['Han numerals in Simplified', '二十五名學生', '二十五名学生'],
    ['万 and 亿 in Simplified', '800萬人，10億元', '800万人，10亿元'],
    ['digits for Han numerals in Simplified', '三千人', '3000人'],
  ])('passes %s', (_, source, target) => {
    expect(issues(source, target, 'zh-Hans')).toEqual([]);
  });

  it.each([
    ['a wrong scale', '預留10億港元', 'set aside HK$100 million', ['1000000000']],
    ['a wrong figure', '逾800家企業', 'more than 80 companies', ['800']],
    ['a missing Han numeral', '二十五名學生', 'the students', ['25']],
    ['a missing year', '2025至2026年度', 'the 2025 financial year', ['2026']],
    ['1.5萬 read as 1,500', '約1.5萬人', 'about 1,500 people', ['15000']],
    ['a wrong number in Simplified', '800萬人', '80万人', ['8000000']],
  ])('flags %s', (_, source, target, expected) => {
    const lang: TargetLangT = /[\u4e00-\u9fff]/u.test(target) ? 'zh-Hans' : 'en';
    expect(keys(source, target, lang)).toEqual(expected);
  });

  it('reports a missing number as an error that points at the source', () => {
    const [found] = issues('預留10億港元成立研究院', 'sets aside HK$100 million');
    expect(found).toMatchObject({ check: 'numbers', severity: 'error', sourceRanges: [{ start: 2, end: 5 }] });
    expect(found!.message).toContain('10億 (1 billion)');
  });

  it('keeps a percentage a percentage', () => {
    expect(keys('升幅為56%', 'a rise of 56')).toEqual(['56%']);
    expect(issues('升幅為56%', 'a rise of 56')[0]!.message).toContain('without a percent sign');
    expect(keys('升幅為56%', 'a rise of 65%')).toEqual(['56%']);
  });

  it('does not require words that only look like numbers', () => {
    // 一段 is "a", 萬一 "in case", 十分 "very", 數十 "dozens of", 兩會 a name, 三四個 "three or four".
    expect(sourceNumbers('一段視頻十分重要，萬一有數十人在兩會期間，三四個人')).toEqual([]);
    expect(issues('一段視頻十分重要', 'A video is very important')).toEqual([]);
  });

  it('reads English shorthand and words', () => {
    const values = (text: string) => targetNumbers(text, 'en').map((n) => n.value);
    expect(values('HK$2bn and US$3m')).toEqual([2e9, 3e6]);
    expect(values('two hundred and five people')).toEqual([205]);
    // "one and two" are two numbers, not three; "1.5 million" is one number.
    expect(values('one and two')).toEqual([1, 2]);
    expect(values('1.5 million')).toEqual([1.5e6]);
  });
});
