/** Spacing slips: two spaces in a row, and space before or after the text. */
import { issue, type QaCell, type QaEdit, type QaIssue } from './types.ts';

const DOUBLE = /(?<=\S)[ \u00a0\u3000]{2,}(?=\S)/gu;
const LEADING = /^[\s\u00a0\u3000\ufeff]+/u;
const TRAILING = /[\s\u00a0\u3000]+$/u;

export function checkDoubleSpaces(cell: QaCell): QaIssue[] {
  const runs = [...cell.target.matchAll(DOUBLE)];
  if (runs.length === 0) return [];
  const fix: QaEdit[] = runs.map((m) => ({ start: m.index, end: m.index + m[0].length, text: ' ' }));
  return [issue('double-space', 'warning', cell.lang, '', { code: 'doubleSpace', params: {} }, { ranges: fix.map(({ start, end }) => ({ start, end })), fix })];
}

export function checkEdgeSpaces(cell: QaCell): QaIssue[] {
  if (cell.target.trim() === '') return [];
  const fix: QaEdit[] = [];
  const leading = LEADING.exec(cell.target);
  if (leading) fix.push({ start: 0, end: leading[0].length, text: '' });
  const trailing = TRAILING.exec(cell.target);
  if (trailing) fix.push({ start: trailing.index, end: cell.target.length, text: '' });
  if (fix.length === 0) return [];
  const where = [leading ? 'leading' : '', trailing ? 'trailing' : ''].filter(Boolean).join(' and ');
  const code = leading && trailing ? 'leadingTrailingSpace' : leading ? 'leadingSpace' : 'trailingSpace';
  return [issue('edge-space', 'warning', cell.lang, where, { code, params: {} }, { ranges: fix.map(({ start, end }) => ({ start, end })), fix })];
}
