/**
 * The text rules of paragraph edits. A split cuts the source at an offset; the targets
 * already made stay with the first part. A merge joins two sources and each pair of target
 * cells. Nothing a person typed is dropped by either.
 */
import type { CellStatusT, TargetLangT } from '../api/contract.ts';
import { WorkbenchError } from '../errors.ts';
import { joinText, trimLayoutSpace } from '../text.ts';

export interface CellValue {
  text: string;
  status: CellStatusT;
  updatedAt: string;
}

export type CellPair = Record<TargetLangT, CellValue>;

export const TARGET_LANGS: readonly TargetLangT[] = ['en', 'zh-Hans'];

/** The two sources a split at `offset` (UTF-16 code units) makes; each must keep some text. */
export function splitSource(source: string, offset: number): [string, string] {
  if (!Number.isInteger(offset) || offset <= 0 || offset >= source.length) {
    throw new WorkbenchError('INVALID_PAYLOAD', `A paragraph of ${source.length} characters cannot be split at ${offset}`);
  }
  if (/[\ud800-\udbff]/.test(source[offset - 1]!)) {
    throw new WorkbenchError('INVALID_PAYLOAD', `Offset ${offset} falls inside a character; split before or after it`);
  }
  const first = trimLayoutSpace(source.slice(0, offset));
  const second = trimLayoutSpace(source.slice(offset));
  if (first === '' || second === '') {
    throw new WorkbenchError('INVALID_PAYLOAD', `Splitting at ${offset} would leave an empty paragraph`);
  }
  return [first, second];
}

/**
 * A translation no longer matches a source that lost part of its text: confirmed cells go back
 * to draft (the translator confirms again); machine drafts are redrafted by the caller.
 */
export function afterSplit(cell: CellValue, now: string): CellValue {
  return cell.status === 'translated' || cell.status === 'reviewed' ? { ...cell, status: 'draft', updatedAt: now } : cell;
}

/**
 * Joins two cells: the texts joined as running text; machine drafts stay machine drafts;
 * anything a person wrote makes a draft, to be confirmed again as one pair.
 */
export function joinCells(first: CellValue, second: CellValue, now: string): CellValue {
  const text = joinText(first.text, second.text);
  const written = [first, second].filter((cell) => cell.text !== '');
  let status: CellStatusT = 'draft';
  if (written.length === 0) status = 'empty';
  else if (written.every((cell) => cell.status === 'auto')) status = 'auto';
  return { text, status, updatedAt: now };
}
