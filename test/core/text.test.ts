import { describe, expect, it } from 'vitest';
import { splitParagraphs, trimLayoutSpace } from '../../core/text.ts';

describe('splitParagraphs', () => {
  it('makes one paragraph per non-empty line and drops blank lines', () => {
    expect(splitParagraphs('第一段。\n\n第二段。\r\n第三段。\r\n\r\n')).toEqual(['第一段。', '第二段。', '第三段。']);
  });

  it('removes indentation made of no-break, ideographic and ordinary spaces', () => {
    expect(splitParagraphs('\u00a0\u00a0\u00a0 今年全國兩會期間。\n\u3000\u3000其二,共享人才。  ')).toEqual([
      '今年全國兩會期間。',
      '其二,共享人才。',
    ]);
  });

  it('keeps the text inside a line exactly, including half-width punctuation', () => {
    expect(splitParagraphs('那麼,香港如何在人工智能領域“大展拳腳”呢?')).toEqual(['那麼,香港如何在人工智能領域“大展拳腳”呢?']);
  });

  it('ignores a byte-order mark and treats a file of blank lines as empty', () => {
    expect(splitParagraphs('\ufeff香港')).toEqual(['香港']);
    expect(splitParagraphs(' \n\u00a0\n\n')).toEqual([]);
  });

  it('composes decomposed characters (NFC)', () => {
    expect(splitParagraphs('Cafe\u0301')).toEqual(['Café']);
  });
});

describe('trimLayoutSpace', () => {
  it('trims only the edges', () => {
    expect(trimLayoutSpace('\u00a0 a  b \u3000')).toBe('a  b');
  });
});
