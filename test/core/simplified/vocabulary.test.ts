import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../../core/simplified/phrase-trie.ts';
import {
  checkVocabularyPair,
  compileVocabulary,
  effectiveEntries,
  MAX_PHRASE_CHARS,
  type ScopedVocabularyEntry,
} from '../../../core/simplified/vocabulary.ts';

describe('PhraseTrie', () => {
  it('finds the longest phrase at a position, and nothing where no phrase starts', () => {
    const trie = new PhraseTrie<string>();
    trie.add('巴士', 'a');
    trie.add('巴士路線', 'b');
    expect(trie.longestMatch('巴士路線圖', 0)).toEqual({ end: 4, value: 'b' });
    expect(trie.longestMatch('巴士路', 0)).toEqual({ end: 2, value: 'a' });
    expect(trie.longestMatch('大巴士', 0)).toBeUndefined();
    expect(trie.longestMatch('大巴士', 1)).toEqual({ end: 3, value: 'a' });
    expect(trie.size).toBe(2);
  });

  it('finds the leftmost match from a position on', () => {
    const trie = new PhraseTrie<string>();
    trie.add('的士', 'taxi');
    trie.add('士兵', 'soldier');
    expect(trie.nextMatch('一個士兵和的士', 0)).toEqual({ start: 2, end: 4, value: 'soldier' });
    expect(trie.nextMatch('一個士兵和的士', 3)).toEqual({ start: 5, end: 7, value: 'taxi' });
    expect(trie.nextMatch('一個士兵和的士', 6)).toBeUndefined();
  });

  it('matches supplementary characters whole', () => {
    const trie = new PhraseTrie<string>();
    trie.add('𠵾x', 'v');
    expect(trie.longestMatch('a𠵾x', 1)).toEqual({ end: 4, value: 'v' });
    expect(trie.longestMatch('a𠵾y', 1)).toBeUndefined();
  });

  it('replaces the value of a phrase added twice without counting it twice', () => {
    const trie = new PhraseTrie<number>();
    trie.add('的士', 1);
    trie.add('的士', 2);
    expect(trie.size).toBe(1);
    expect(trie.longestMatch('的士', 0)?.value).toBe(2);
  });
});

describe('checkVocabularyPair', () => {
  it('trims edge spaces and normalises to NFC, as paragraphs are', () => {
    expect(checkVocabularyPair('  的士\u3000', ' 出租车 ')).toEqual({ traditional: '的士', simplified: '出租车' });
    expect(checkVocabularyPair('Cafe\u0301', 'x').traditional).toBe('Café');
  });

  it.each([
    ['', '出租车', 'Traditional phrase is empty'],
    ['的士', '   ', 'Simplified phrase is empty'],
    ['的\t士', '出租车', 'tab or a line break'],
    ['的士', '出租\n车', 'tab or a line break'],
    ['\ud800的士', '出租车', 'not valid Unicode'],
    ['的'.repeat(MAX_PHRASE_CHARS + 1), '出租车', `longer than ${MAX_PHRASE_CHARS}`],
  ])('refuses %j → %j', (traditional, simplified, message) => {
    expect(() => checkVocabularyPair(traditional, simplified)).toThrow(
      expect.objectContaining({ code: 'INVALID_PAYLOAD', message: expect.stringContaining(message) }),
    );
  });
});

describe('effectiveEntries', () => {
  const entry = (id: number, projectId: number | null, traditional: string, enabled = true): ScopedVocabularyEntry => ({
    id,
    projectId,
    traditional,
    simplified: `${traditional}-${id}`,
    enabled,
  });

  it('lets a project’s entry override the global one for the same phrase, in any order', () => {
    const rows = [entry(1, 5, '巴士'), entry(2, null, '巴士'), entry(3, null, '的士'), entry(4, 6, '的士')];
    expect(effectiveEntries(rows, 5).map((e) => e.id)).toEqual([1, 3]);
    expect(effectiveEntries(rows, 6).map((e) => e.id)).toEqual([2, 4]);
    expect(effectiveEntries(rows, 7).map((e) => e.id)).toEqual([2, 3]);
  });

  it('drops disabled entries; a disabled project entry switches the global one off there', () => {
    const rows = [entry(1, null, '巴士'), entry(2, 5, '巴士', false), entry(3, null, '的士', false)];
    expect(effectiveEntries(rows, 5)).toEqual([]);
    expect(effectiveEntries(rows, 6).map((e) => e.id)).toEqual([1]);
  });

  it('compiles into a table where the later of two entries for a phrase wins', () => {
    const table = compileVocabulary([
      { traditional: '的士', simplified: '出租车' },
      { traditional: '的士', simplified: '计程车' },
    ]);
    expect(table.longestMatch('的士', 0)?.value.simplified).toBe('计程车');
  });
});
