import { describe, expect, it } from 'vitest';
import { diffChars } from '../../../core/tm/diff.ts';
import { exactKey, matchKey } from '../../../core/tm/normalize.ts';
import { scoreMatch } from '../../../core/tm/score.ts';

const score = (stored: string, current: string) => scoreMatch({ source: stored }, { source: current });

describe('match keys', () => {
  it('fold Hong Kong, Taiwan and mainland forms of the same text to one key', () => {
    const hk = '他着急地走進裏面，衞生署綫上服務。';
    const tw = '他著急地走進裡面，衛生署線上服務。';
    const cn = '他着急地走进里面，卫生署线上服务。';
    expect(matchKey(hk)).toBe(matchKey(tw));
    expect(matchKey(hk)).toBe(matchKey(cn));
  });

  it('fold full-width punctuation and collapse whitespace for the fuzzy key only', () => {
    expect(matchKey('香港，  政府！')).toBe(matchKey('香港, 政府!'));
    expect(exactKey('香港，政府')).not.toBe(exactKey('香港,政府'));
    expect(exactKey(' 香港  政府 ')).toBe(exactKey('香港 政府'));
  });
});

describe('score bands', () => {
  it('scores a zh-TW entry against a zh-HK source at 100', () => {
    expect(score('衛生署著手處理裡面的問題。', '衞生署着手處理裏面的問題。')).toMatchObject({ score: 100, kind: 'exact' });
  });

  it('scores 101 when the neighbouring segments match too', () => {
    const stored = { source: '第二段。', contextBefore: '第一段。', contextAfter: '第三段。' };
    expect(scoreMatch(stored, { ...stored })).toMatchObject({ score: 101, kind: 'context' });
    expect(scoreMatch(stored, { ...stored, contextAfter: '另一段。' }).score).toBe(100);
  });

  it('puts a width, whitespace or punctuation difference in 95–99', () => {
    expect(score('香港，政府', '香港,政府')).toMatchObject({ score: 99, kind: 'near', differences: ['width'] });
    expect(score('香港 政府', '香港政府')).toMatchObject({ score: 99, differences: ['whitespace'] });
    expect(score('香港政府。', '香港政府！')).toMatchObject({ score: 99, differences: ['punctuation'] });
  });

  it('puts a number-only difference in 95–99 and reports the values', () => {
    const changed = score('政府撥款10億元。', '政府撥款20億元。');
    expect(changed).toMatchObject({ kind: 'near', differences: ['numbers'], numbers: { stored: [1e9], current: [2e9] } });
    expect(changed.score).toBeGreaterThanOrEqual(95);
    expect(changed.score).toBeLessThan(99);
    // Han numerals equal Arabic digits by value: only the written form differs.
    expect(score('共有十人。', '共有10人。')).toMatchObject({ kind: 'near', differences: ['number-form'], score: 99 });
  });

  it('scores other differences by Levenshtein similarity, never above 94', () => {
    expect(score('香港政府今日宣佈新措施', '香港政府昨日宣佈新措施')).toMatchObject({ kind: 'fuzzy', score: 90 });
    expect(score('abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyZ').score).toBe(94);
  });
});

describe('character diff', () => {
  it('marks what the stored source lacks and has beyond the current one', () => {
    expect(diffChars('香港政府今日宣佈', '香港政府昨日宣佈新措施')).toEqual([
      { op: 'equal', text: '香港政府' },
      { op: 'delete', text: '今' },
      { op: 'insert', text: '昨' },
      { op: 'equal', text: '日宣佈' },
      { op: 'insert', text: '新措施' },
    ]);
  });

  it('treats variant forms as equal and keeps astral characters whole', () => {
    expect(diffChars('裡面𠝹開', '裏面𠝹開了')).toEqual([
      { op: 'equal', text: '裏面𠝹開' },
      { op: 'insert', text: '了' },
    ]);
  });

  it('reassembles both texts from its parts', () => {
    const stored = '二〇二四年施政報告提出多項措施，包括房屋及土地供應';
    const current = '二〇二五年施政報告提出三項新措施，包括土地及房屋供應。';
    const parts = diffChars(stored, current);
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(current);
    expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(stored);
  });
});
