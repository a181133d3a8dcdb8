import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceRanges, sentenceRangesOfAll } from '../../core/sentences.ts';
import { splitParagraphs } from '../../core/text.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';

const sentences = (text: string) => sentenceRanges(text).map(([start, end]) => text.slice(start, end));

describe('sentenceRanges', () => {
  it('splits at full stops, question and exclamation marks, full-width and half-width', () => {
    expect(sentences('今日天晴。明日有雨?後日放假!')).toEqual(['今日天晴。', '明日有雨?', '後日放假!']);
    expect(sentences('政府宣佈新措施.市民歡迎?')).toEqual(['政府宣佈新措施.', '市民歡迎?']);
    expect(sentences('增長率為2.5%,較去年高。')).toEqual(['增長率為2.5%,較去年高。']);
    expect(sentences('其一,觀念保守。使用新系統都有風險……結果如何?')).toEqual(['其一,觀念保守。', '使用新系統都有風險……結果如何?']);
  });

  it('keeps a closing quote after 。 with the sentence it closes', () => {
    expect(sentences('他說:“今天下雨。”然後走了。')).toEqual(['他說:“今天下雨。”', '然後走了。']);
    expect(sentences('她問:「真的嗎?」我答:『真的。』')).toEqual(['她問:「真的嗎?」', '我答:『真的。』']);
  });

  it('gives an opening quote to the sentence it opens, which ICU attaches to the one before', () => {
    // ICU alone gives 他問:“真的嗎?”“ | 真的。” | 她答。
    expect(sentences('他問:“真的嗎?”“真的。”她答。')).toEqual(['他問:“真的嗎?”', '“真的。”', '她答。']);
  });

  it('keeps a dash after 。 (an attribution or aside) with that sentence, however the dash is written', () => {
    expect(sentences('知識就是力量。——培根')).toEqual(['知識就是力量。——培根']);
    expect(sentences('知識就是力量。――培根。下一句。')).toEqual(['知識就是力量。――培根。', '下一句。']);
    expect(sentences('知識就是力量。 ——培根')).toEqual(['知識就是力量。 ——培根']);
  });

  it('returns offsets into the paragraph without surrounding spaces, astral characters included', () => {
    const text = '第一句。 𨋢壞了。  ';
    const ranges = sentenceRanges(text);
    expect(ranges).toEqual([
      [0, 4],
      [5, 10],
    ]);
    expect(text.slice(...ranges[1]!)).toBe('𨋢壞了。');
  });

  it('gives one range for a paragraph without sentence punctuation, none for an empty one', () => {
    expect(sentences('認清優勢和短板,把握創新方向')).toEqual(['認清優勢和短板,把握創新方向']);
    expect(sentenceRanges('')).toEqual([]);
  });
});

describe.skipIf(!sharedAvailable(SEED_PATH))('sentenceRanges on the seed article', () => {
  const paragraphs = splitParagraphs(readFileSync(SEED_PATH, 'utf8'));

  it('covers every paragraph with ordered, non-overlapping sentences that end in closing punctuation', () => {
    for (const paragraph of paragraphs) {
      const ranges = sentenceRanges(paragraph);
      expect(ranges.length).toBeGreaterThan(0);
      ranges.forEach(([start, end], i) => {
        expect(end).toBeGreaterThan(start);
        if (i > 0) expect(start).toBeGreaterThanOrEqual(ranges[i - 1]![1]);
      });
      // Only white space lies outside the sentences: nothing of the paragraph is lost.
      const gaps = [0, ...ranges.flat(), paragraph.length];
      for (let g = 0; g < gaps.length; g += 2) expect(paragraph.slice(gaps[g], gaps[g + 1])).toMatch(/^\s*$/u);
      for (const [, end] of ranges.slice(0, -1)) expect(paragraph.slice(0, end)).toMatch(/[。!?!?][”’」』)]*$/u);
    }
  });

  it('finds the same boundaries for the whole article at once as for each paragraph alone', () => {
    const many = [...paragraphs, '', ...paragraphs.map((p) => `“${p}”`), '他問:“真的嗎?”“真的。”她答。'];
    expect(sentenceRangesOfAll(many)).toEqual(many.map((p) => sentenceRanges(p)));
    // Batches are cut at about 64K characters: a long document crosses several.
    const long = Array.from({ length: 100 }, () => paragraphs).flat();
    expect(long.join('').length).toBeGreaterThan(3 * 64 * 1024);
    expect(sentenceRangesOfAll(long)).toEqual(long.map((p) => sentenceRanges(p)));
  });

  it('splits the long article paragraphs into their sentences', () => {
    const reasons = paragraphs.find((p) => p.startsWith('香港人工智能領域的轉化應用落後'))!;
    const found = sentences(reasons);
    expect(found[0]).toBe('香港人工智能領域的轉化應用落後,至少有以下兩個原因:其一,觀念相對保守。');
    expect(found.length).toBe(6);
    expect(found.join('')).toBe(reasons);
  });
});
