import { describe, expect, it } from 'vitest';
import type { CellStatusT, TargetLangT } from '../../../core/api/contract.ts';
import { checkEmpty, checkSameAsSource, checkUnreviewedAuto } from '../../../core/qa/empty.ts';
import { checkLengthRatio } from '../../../core/qa/length.ts';
import { checkTraditionalLeft } from '../../../core/qa/script.ts';
import { applyFix, type QaCell } from '../../../core/qa/types.ts';
import { checkDoubleSpaces, checkEdgeSpaces } from '../../../core/qa/whitespace.ts';

const cell = (source: string, target: string, lang: TargetLangT, status: CellStatusT = 'draft'): QaCell => ({ source, target, lang, status });

describe('empty and untranslated cells', () => {
  it('flags an empty or blank target as an error', () => {
    expect(checkEmpty(cell('香港', ' \n', 'en'))).toMatchObject([{ check: 'empty', severity: 'error' }]);
    expect(checkEmpty(cell('香港', 'Hong Kong', 'en'))).toEqual([]);
  });

  it('flags Chinese left untranslated in English, but not a line with no Chinese', () => {
    expect(checkSameAsSource(cell('人工智能', ' 人工智能 ', 'en'))).toMatchObject([{ check: 'same-as-source', severity: 'error' }]);
    expect(checkSameAsSource(cell('2025-03-18 11:02', '2025-03-18 11:02', 'en'))).toEqual([]);
  });

  it('flags a Simplified copy of the source only when Simplified writes it differently', () => {
    expect(checkSameAsSource(cell('機器人', '機器人', 'zh-Hans'))).toMatchObject([{ check: 'same-as-source', severity: 'warning' }]);
    expect(checkSameAsSource(cell('香港', '香港', 'zh-Hans'))).toEqual([]);
  });

  it('flags a Simplified machine draft nobody reviewed', () => {
    expect(checkUnreviewedAuto(cell('機器人', '机器人', 'zh-Hans', 'auto'))).toMatchObject([{ check: 'unreviewed-auto' }]);
    expect(checkUnreviewedAuto(cell('機器人', '机器人', 'zh-Hans', 'reviewed'))).toEqual([]);
    expect(checkUnreviewedAuto(cell('機器人', 'robot', 'en', 'auto'))).toEqual([]);
  });
});

describe('Traditional characters left in Simplified', () => {
  it('flags each one, with the Simplified form as the fix', () => {
    const target = '香港科技大學发布了新模型,獲得好评';
    const [found] = checkTraditionalLeft(cell('', target, 'zh-Hans'));
    expect(found).toMatchObject({ check: 'traditional-left', key: '學獲', severity: 'error' });
    expect(applyFix(target, found!.fix!)).toBe('香港科技大学发布了新模型,获得好评');
  });

  it('passes clean Simplified and never checks English', () => {
    expect(checkTraditionalLeft(cell('', '乾隆年间的著名学者', 'zh-Hans'))).toEqual([]);
    expect(checkTraditionalLeft(cell('', '學', 'en'))).toEqual([]);
  });
});

describe('whitespace', () => {
  it('flags double spaces and fixes them to one', () => {
    const [found] = checkDoubleSpaces(cell('', 'The  robot   dances', 'en'));
    expect(found!.ranges).toHaveLength(2);
    expect(applyFix('The  robot   dances', found!.fix!)).toBe('The robot dances');
    expect(checkDoubleSpaces(cell('', 'The robot dances', 'en'))).toEqual([]);
  });

  it('flags leading and trailing space, ideographic space included', () => {
    const [found] = checkEdgeSpaces(cell('', '\u3000机器人 ', 'zh-Hans'));
    expect(found).toMatchObject({ key: 'leading and trailing' });
    expect(applyFix('\u3000机器人 ', found!.fix!)).toBe('机器人');
    expect(checkEdgeSpaces(cell('', '机器人', 'zh-Hans'))).toEqual([]);
  });
});

describe('length ratio', () => {
  const source = '香港在人工智能領域的主要優勢，表現在基礎科研實力較強。';
  it('flags a translation far shorter or longer than the source', () => {
    expect(checkLengthRatio(cell(source, 'Strong research.', 'en'))).toMatchObject([{ check: 'length-ratio', key: 'short' }]);
    expect(checkLengthRatio(cell(source, `${source}${source}`, 'zh-Hans'))).toMatchObject([{ key: 'long' }]);
  });

  it('passes a translation within the band, and the band can be configured', () => {
    const english = "Hong Kong's main strength in artificial intelligence is its strong basic research.";
    expect(checkLengthRatio(cell(source, english, 'en'))).toEqual([]);
    expect(checkLengthRatio(cell(source, english, 'en'), { en: { min: 4, max: 9 }, 'zh-Hans': { min: 0.8, max: 1.25 } })).toMatchObject([{ key: 'short' }]);
  });

  it('does not measure short sources', () => {
    expect(checkLengthRatio(cell('香港', 'Hong Kong, the Special Administrative Region of China', 'en'))).toEqual([]);
  });
});
