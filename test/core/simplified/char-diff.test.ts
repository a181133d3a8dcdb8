import { describe, expect, it } from 'vitest';
import { changedCharacters } from '../../../core/simplified/char-diff.ts';

describe('changedCharacters', () => {
  it('reports each changed character with offsets on both sides', () => {
    expect(changedCharacters('發佈會', '发布会')).toEqual([
      { start: 0, end: 1, toStart: 0, toEnd: 1 },
      { start: 1, end: 2, toStart: 1, toEnd: 2 },
      { start: 2, end: 3, toStart: 2, toEnd: 3 },
    ]);
    expect(changedCharacters('香港', '香港')).toEqual([]);
  });

  it('keeps the two sides apart when a character changes its UTF-16 length', () => {
    expect(changedCharacters('a㗲b與', 'a𠵾b与')).toEqual([
      { start: 1, end: 2, toStart: 1, toEnd: 3 },
      { start: 3, end: 4, toStart: 4, toEnd: 5 },
    ]);
  });

  it('falls back to the differing middle when the number of characters changes', () => {
    expect(changedCharacters('前主機板後', '前主板後')).toEqual([{ start: 2, end: 3, toStart: 2, toEnd: 2 }]);
    expect(changedCharacters('主機板', 'motherboard')).toEqual([{ start: 0, end: 3, toStart: 0, toEnd: 11 }]);
  });
});
