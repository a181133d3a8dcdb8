import { describe, expect, it } from 'vitest';
import { afterSplit, joinCells, splitSource, type CellValue } from '../../../core/import/edits.ts';
import { joinText } from '../../../core/text.ts';

const cell = (text: string, status: CellValue['status']): CellValue => ({ text, status, updatedAt: 'then' });

describe('joinText', () => {
  it('joins Chinese without a space, looking through half-width punctuation and markup', () => {
    expect(joinText('運輸署今日宣佈,', '部分路線加價。')).toBe('運輸署今日宣佈,部分路線加價。');
    expect(joinText('宣佈,', '**由下月**')).toBe('宣佈,**由下月**');
    expect(joinText('使用AI', '技術')).toBe('使用AI技術');
    expect(joinText('升降機𨋢', '壞了')).toBe('升降機𨋢壞了');
  });

  it('joins Latin-script text with one space', () => {
    expect(joinText('The fare rises,', 'from next month.')).toBe('The fare rises, from next month.');
    expect(joinText('', 'x')).toBe('x');
    expect(joinText('x', '')).toBe('x');
  });
});

describe('splitSource', () => {
  it('cuts at the offset and trims the layout space at the cut', () => {
    expect(splitSource('第一句。 第二句。', 4)).toEqual(['第一句。', '第二句。']);
  });

  it('refuses an offset that leaves an empty part, lies outside, or falls inside a character', () => {
    expect(() => splitSource('第一句。', 0)).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD' }));
    expect(() => splitSource('第一句。', 4)).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD' }));
    expect(() => splitSource('第一句。   ', 4)).toThrow(/empty paragraph/);
    expect(() => splitSource('升𨋢壞了', 2)).toThrow(/inside a character/);
    expect(splitSource('升𨋢壞了', 3)).toEqual(['升𨋢', '壞了']);
  });
});

describe('cell rules', () => {
  it('sends a confirmed cell back to draft after a split, and leaves drafts alone', () => {
    expect(afterSplit(cell('Done.', 'translated'), 'now')).toEqual({ text: 'Done.', status: 'draft', updatedAt: 'now' });
    expect(afterSplit(cell('Typed.', 'draft'), 'now')).toEqual(cell('Typed.', 'draft'));
  });

  it('joins two cells: machine drafts stay auto, a person’s text makes a draft, two empties stay empty', () => {
    expect(joinCells(cell('第一', 'auto'), cell('第二', 'auto'), 'now')).toEqual({ text: '第一第二', status: 'auto', updatedAt: 'now' });
    expect(joinCells(cell('One.', 'translated'), cell('Two.', 'reviewed'), 'now')).toMatchObject({ text: 'One. Two.', status: 'draft' });
    expect(joinCells(cell('One.', 'translated'), cell('', 'empty'), 'now')).toMatchObject({ text: 'One.', status: 'draft' });
    expect(joinCells(cell('第一', 'auto'), cell('', 'empty'), 'now')).toMatchObject({ text: '第一', status: 'auto' });
    expect(joinCells(cell('', 'empty'), cell('', 'empty'), 'now')).toMatchObject({ text: '', status: 'empty' });
  });
});
