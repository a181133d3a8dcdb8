import { describe, expect, it } from 'vitest';
import { findNumbers, parseHanNumeral, substituteNumbers } from '../../../core/tm/numbers.ts';

describe('numbers by value', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['三億五千萬', 350_000_000],
    ['二〇二四', 2024],
    ['兩千', 2000],
    ['一萬億', 1e12],
  ])('reads the Han numeral %s as %d', (text, value) => {
    expect(parseHanNumeral(text)).toBe(value);
  });

  it('reads Arabic digits with grouping, full-width digits and Han or English scales', () => {
    const values = (text: string) => findNumbers(text).map((n) => n.value);
    expect(values('撥款10億元')).toEqual([1_000_000_000]);
    expect(values('共1,000,000,000元')).toEqual([1_000_000_000]);
    expect(values('３．５萬人')).toEqual([35_000]);
    expect(values('HK$1 billion and 2,500 people')).toEqual([1e9, 2500]);
    // Units without a digit (千萬 "by all means") are a word, not a number.
    expect(values('千萬不要')).toEqual([]);
  });

  it('carries changed numbers into a translation in its own style', () => {
    expect(substituteNumbers('The budget is HK$1 billion.', [1e9], [2e9])).toBe('The budget is HK$2 billion.');
    expect(substituteNumbers('预算为10亿元。', [1e9], [3e9])).toBe('预算为30亿元。');
    expect(substituteNumbers('Over 1,200 people on 3 May', [1200, 3], [2500, 3])).toBe('Over 2,500 people on 3 May');
    expect(substituteNumbers('第十二届', [12], [13])).toBe('第十三届');
  });

  it('refuses a substitution it cannot make safely', () => {
    // The old value appears twice: which one to change is unknowable.
    expect(substituteNumbers('3 rooms, 3 beds', [3], [4])).toBeNull();
    // The translation spells the number out: no token to replace.
    expect(substituteNumbers('three rooms', [3], [4])).toBeNull();
    // Two changed numbers with the same old value.
    expect(substituteNumbers('5 and 6', [5, 5], [7, 8])).toBeNull();
  });
});
