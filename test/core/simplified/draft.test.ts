import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../core/convert.ts';
import { draftSimplified, simplify, type Draft, type DraftOptions } from '../../../core/simplified/draft.ts';
import { STARTER_VOCABULARY } from '../../../core/simplified/starter-vocabulary.ts';
import { compileVocabulary, effectiveEntries, type VocabularyEntry } from '../../../core/simplified/vocabulary.ts';
import { SAMPLE_TEXT } from '../../../core/sample.ts';
import { SEED_PATH, sharedAvailable } from '../../support/shared-data.ts';

const entries: VocabularyEntry[] = [
  { id: 1, traditional: '的士', simplified: '出租车' },
  { id: 2, traditional: '的士兵', simplified: '的士兵' },
  { id: 3, traditional: '巴士', simplified: '公交车' },
  { id: 4, traditional: '巴士路線', simplified: '公交线路' },
  { id: 5, traditional: '單車', simplified: '自行车' },
  { id: 6, traditional: '電單車', simplified: '摩托车' },
];
const hk = (list: readonly VocabularyEntry[] = entries): DraftOptions => ({ variant: 'hk', vocabulary: compileVocabulary(list) });

/** Both entry points must agree; the test then looks at the draft's text. */
function draft(source: string, options: DraftOptions = hk()): Draft {
  const result = draftSimplified(source, options);
  expect(simplify(source, options)).toBe(result.text);
  return result;
}

const vocabularyHits = (source: string, result: Draft) =>
  result.spans.filter((s) => s.kind === 'vocabulary').map((s) => [source.slice(s.sourceStart, s.sourceEnd), result.text.slice(s.start, s.end)]);

describe('draftSimplified: the vocabulary layer', () => {
  it('replaces vocabulary phrases and converts the rest with OpenCC', () => {
    expect(draft('他們在巴士站等的士。').text).toBe('他们在公交车站等出租车。');
  });

  it('takes the longest entry at each position', () => {
    expect(draft('部分巴士路線的車費').text).toBe('部分公交线路的车费');
    expect(draft('巴士路').text).toBe('公交车路');
  });

  it('never fires a shorter entry inside a longer matched phrase', () => {
    const source = '他騎電單車,她騎單車';
    const result = draft(source);
    expect(result.text).toBe('他骑摩托车,她骑自行车');
    expect(vocabularyHits(source, result)).toEqual([['電單車', '摩托车'], ['單車', '自行车']]);
  });

  it('lets a guard entry keep a term from matching across a word boundary', () => {
    expect(draft('受傷的士兵坐的士').text).toBe('受伤的士兵坐出租车');
    expect(draft('受傷的士兵坐的士', hk(entries.filter((e) => e.id !== 2))).text).toBe('受伤出租车兵坐出租车');
  });

  it('matches a term at either edge of a paragraph', () => {
    const source = '的士與巴士';
    const result = draft(source);
    expect(result.text).toBe('出租车与公交车');
    expect(result.spans).toEqual([
      { kind: 'vocabulary', entryId: 1, start: 0, end: 3, sourceStart: 0, sourceEnd: 2 },
      { kind: 'opencc', start: 3, end: 4, sourceStart: 2, sourceEnd: 3 },
      { kind: 'vocabulary', entryId: 3, start: 4, end: 7, sourceStart: 3, sourceEnd: 5 },
    ]);
    expect(draft('的士').text).toBe('出租车');
  });

  it('leaves out disabled entries, and lets a project switch a global entry off for itself', () => {
    const scoped = [
      { ...entries[0]!, projectId: null, enabled: true },
      { ...entries[2]!, projectId: null, enabled: false },
      { id: 9, traditional: '的士', simplified: '的士', projectId: 7, enabled: false },
    ];
    expect(draft('的士和巴士', hk(effectiveEntries(scoped, 1))).text).toBe('出租车和巴士');
    expect(draft('的士和巴士', hk(effectiveEntries(scoped, 7))).text).toBe('的士和巴士');
  });

  it('converts each gap as it would be converted alone, whatever characters the text holds', () => {
    // An ideographic description character takes the next characters as its operands, and NUL
    // is what gaps are joined with: either must not make one gap's conversion leak into the next.
    for (const [before, after] of [['發⿰', '後來'], ['發\0', '後來'], ['發佈', '後來']] as const) {
      const expected = `${toSimplified(before)}出租车${toSimplified(after)}`;
      expect(draft(`${before}的士${after}`).text).toBe(expected);
    }
    expect(toSimplified('⿰後來')).toBe('⿰後來'); // the operands pass through unconverted
  });

  it('gives exactly OpenCC’s output when no entry matches', () => {
    const text = '著名的裏程碑:他們在線上發佈了軟體和滑鼠';
    for (const variant of ['hk', 'tw', 't'] as const) {
      expect(draft(text, { variant, vocabulary: compileVocabulary(entries) }).text).toBe(toSimplified(text, variant));
    }
  });
});

describe('draftSimplified: spans', () => {
  it('marks runs of characters OpenCC changed, apart from vocabulary phrases', () => {
    const source = '香港巴士公司發佈';
    const result = draft(source);
    expect(result.text).toBe('香港公交车公司发布');
    expect(result.spans).toEqual([
      { kind: 'vocabulary', entryId: 3, start: 2, end: 5, sourceStart: 2, sourceEnd: 4 },
      { kind: 'opencc', start: 7, end: 9, sourceStart: 6, sourceEnd: 8 },
    ]);
  });

  it('counts offsets in UTF-16 code units, also when a character becomes a supplementary one', () => {
    // OpenCC maps 㗲 (one UTF-16 unit) to 𠵾 (two).
    const source = '㗲的士';
    const result = draft(source);
    expect(result.text).toBe('𠵾出租车');
    expect(result.spans).toEqual([
      { kind: 'opencc', start: 0, end: 2, sourceStart: 0, sourceEnd: 1 },
      { kind: 'vocabulary', entryId: 1, start: 2, end: 5, sourceStart: 1, sourceEnd: 3 },
    ]);
  });

  it('gives a null entryId for entries that are not stored', () => {
    const result = draft('的士', hk([{ traditional: '的士', simplified: '出租车' }]));
    expect(result.spans).toEqual([{ kind: 'vocabulary', entryId: null, start: 0, end: 3, sourceStart: 0, sourceEnd: 2 }]);
  });
});

/** Rebuilds the source from the draft and its spans: proves the spans cover every change and nothing else. */
function checkSpans(source: string, result: Draft, options: DraftOptions) {
  let at = 0;
  let sourceAt = 0;
  for (const span of result.spans) {
    expect(result.text.slice(at, span.start)).toBe(source.slice(sourceAt, span.sourceStart));
    const from = source.slice(span.sourceStart, span.sourceEnd);
    const to = result.text.slice(span.start, span.end);
    if (span.kind === 'vocabulary') {
      expect(options.vocabulary.longestMatch(source, span.sourceStart)?.value.simplified).toBe(to);
    } else {
      expect([...from].every((char, i) => char !== [...to][i])).toBe(true);
    }
    at = span.end;
    sourceAt = span.sourceEnd;
  }
  expect(result.text.slice(at)).toBe(source.slice(sourceAt));
}

/** The plain reading of the rules: each match replaced, each gap converted by a separate OpenCC call. */
function convertGapByGap(source: string, { variant, vocabulary }: DraftOptions): string {
  let text = '';
  let at = 0;
  for (let match = vocabulary.nextMatch(source, 0); match; match = vocabulary.nextMatch(source, match.end)) {
    text += toSimplified(source.slice(at, match.start), variant) + match.value.simplified;
    at = match.end;
  }
  return text + toSimplified(source.slice(at), variant);
}

describe('draftSimplified on real text, with the starter vocabulary', () => {
  const starter: DraftOptions = { variant: 'hk', vocabulary: compileVocabulary(STARTER_VOCABULARY) };

  it('drafts many paragraphs at once exactly as gap by gap', () => {
    const text = Array.from({ length: 50 }, () => SAMPLE_TEXT).join('\n');
    expect(draft(text, starter).text).toBe(convertGapByGap(text, starter));
  });

  it('accounts for every change on the built-in sample', () => {
    const result = draft(SAMPLE_TEXT, starter);
    expect(vocabularyHits(SAMPLE_TEXT, result).map(([from]) => from)).toEqual(['巴士路線', '服務質素', '的士', '巴士公司']);
    checkSpans(SAMPLE_TEXT, result, starter);
  });

  it.skipIf(!sharedAvailable(SEED_PATH))('accounts for every change on the seed article', () => {
    const seed = readFileSync(SEED_PATH, 'utf8');
    const result = draft(seed, starter);
    expect(result.spans.filter((s) => s.kind === 'opencc').length).toBeGreaterThan(100);
    checkSpans(seed, result, starter);
  });
});
