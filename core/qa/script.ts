/** Traditional characters left in a Simplified cell: the check core/simplified shares with the editor. */
import { findTraditionalLeft } from '../simplified/leftover-traditional.ts';
import { issue, type QaCell, type QaIssue } from './types.ts';

export function checkTraditionalLeft(cell: QaCell): QaIssue[] {
  if (cell.lang !== 'zh-Hans') return [];
  const left = findTraditionalLeft(cell.target);
  if (left.length === 0) return [];
  const chars = [...new Set(left.map((l) => l.char))].join('');
  return [
    issue('traditional-left', 'error', cell.lang, chars, { code: 'traditionalLeft', params: { chars } }, {
      ranges: left.map((l) => ({ start: l.index, end: l.index + l.char.length })),
      fix: left.map((l) => ({ start: l.index, end: l.index + l.char.length, text: l.simplified })),
    }),
  ];
}
