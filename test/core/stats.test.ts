import { describe, expect, it } from 'vitest';
import { chineseCharCount, englishWordCount } from '../../core/stats.ts';

describe('chineseCharCount', () => {
  it('counts Han characters only, not punctuation, digits, Latin or spaces', () => {
    expect(chineseCharCount('香港科技大學InnoHK,2025年「發佈」。')).toBe(9);
  });

  it('counts an astral (HKSCS extension B) character once', () => {
    expect(chineseCharCount('𠝹𡃁仔')).toBe(3);
  });
});

describe('englishWordCount', () => {
  it('counts words as word processors do, keeping HK$1.5, contractions and hyphenated words whole', () => {
    expect(englishWordCount("The SAR Government's HK$1.5 billion plan — a well-known idea.")).toBe(9);
  });

  it('is zero for empty or punctuation-only text', () => {
    expect(englishWordCount('')).toBe(0);
    expect(englishWordCount(' — … ')).toBe(0);
  });
});
