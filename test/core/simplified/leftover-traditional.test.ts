import { describe, expect, it } from 'vitest';
import { findTraditionalLeft } from '../../../core/simplified/leftover-traditional.ts';

describe('findTraditionalLeft', () => {
  it('finds each Traditional character left in a Simplified text, with its UTF-16 index', () => {
    expect(findTraditionalLeft('香港科技大學发布了新模型,獲得好评')).toEqual([
      { index: 5, char: '學', simplified: '学' },
      { index: 13, char: '獲', simplified: '获' },
    ]);
  });

  it('passes clean Simplified text, including words OpenCC keeps by phrase', () => {
    expect(findTraditionalLeft('乾隆年间的著名学者显著提高了效率')).toEqual([]);
    expect(findTraditionalLeft('')).toEqual([]);
  });

  it('counts indexes past supplementary characters in UTF-16 units', () => {
    expect(findTraditionalLeft('𠵾字與')).toEqual([{ index: 3, char: '與', simplified: '与' }]);
  });
});
