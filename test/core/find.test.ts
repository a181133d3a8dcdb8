import { describe, expect, it } from 'vitest';
import { findPattern, matchRanges, replaceAllMatches } from '../../core/find.ts';

const options = { caseSensitive: false, wholeWord: false, regex: false };

describe('find and replace', () => {
  it('finds literally by default, so regex characters are plain text', () => {
    const pattern = findPattern({ ...options, find: 'HK$1.5' });
    expect(replaceAllMatches('HK$1.5 and HK$105', pattern, 'HK$2', false)).toEqual({ text: 'HK$2 and HK$105', count: 1 });
  });

  it('ignores case unless asked, and matches whole Latin words only when asked', () => {
    expect(matchRanges('Government government governmental', findPattern({ ...options, find: 'government' }))).toHaveLength(3);
    expect(matchRanges('Government government', findPattern({ ...options, find: 'government', caseSensitive: true }))).toEqual([[11, 21]]);
    expect(matchRanges('gov government gov.', findPattern({ ...options, find: 'gov', wholeWord: true }))).toEqual([
      [0, 3],
      [15, 18],
    ]);
  });

  it('finds Chinese inside running text even with whole word on', () => {
    expect(matchRanges('特區政府和香港特區政府', findPattern({ ...options, find: '特區政府', wholeWord: true }))).toEqual([
      [0, 4],
      [7, 11],
    ]);
  });

  it('supports regular expressions with groups', () => {
    const pattern = findPattern({ ...options, find: '(\\d+)億港元', regex: true });
    expect(replaceAllMatches('撥款10億港元及5億港元', pattern, 'HK$$$1 hundred million', true).text).toBe('撥款HK$10 hundred million及HK$5 hundred million');
    expect(replaceAllMatches('撥款10億港元', pattern, '$1 億', true)).toEqual({ text: '撥款10 億', count: 1 });
  });

  it('refuses an empty search and a broken regular expression with a clear error', () => {
    expect(() => findPattern({ ...options, find: '' })).toThrow('nothing to find');
    expect(() => findPattern({ ...options, find: '(', regex: true })).toThrow('regular expression is not valid');
  });
});
