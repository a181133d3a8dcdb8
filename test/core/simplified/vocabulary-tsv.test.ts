import { describe, expect, it } from 'vitest';
import { parseVocabularyTsv } from '../../../core/simplified/vocabulary-tsv.ts';

describe('parseVocabularyTsv', () => {
  it('reads pairs, skipping blank and # lines, with a BOM and CRLF line ends', () => {
    const text = '\ufeff# Hong Kong terms\r\n的士\t出租车\r\n\r\n巴士 \t 公交车\r\n';
    expect(parseVocabularyTsv(text)).toEqual([
      { traditional: '的士', simplified: '出租车' },
      { traditional: '巴士', simplified: '公交车' },
    ]);
  });

  it.each([
    ['的士 出租车', 'line 1: expected "traditional<TAB>simplified", found 1 column'],
    ['# x\n的士\t出租车\tnote', 'line 2: expected "traditional<TAB>simplified", found 3 column'],
    ['的士\t', 'line 1: The Simplified phrase is empty'],
    ['的士\t出租车\n巴士\t公交车\n的士\t计程车', 'line 3: "的士" is already listed on line 1'],
  ])('refuses %j with the line number', (text, message) => {
    expect(() => parseVocabularyTsv(text)).toThrow(
      expect.objectContaining({ code: 'MALFORMED_FILE', message: expect.stringContaining(message) }),
    );
  });
});
