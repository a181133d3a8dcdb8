/**
 * Length ratio: a translation far shorter or longer than its source has often lost or repeated
 * a sentence. Lengths are characters other than spaces; English runs about three letters per
 * Chinese character, Simplified about one. Short sources (headings, captions) vary too much.
 */
import type { TargetLangT } from '../api/contract.ts';
import { issue, type QaCell, type QaIssue } from './types.ts';

export interface LengthBand {
  min: number;
  max: number;
}

export type LengthBands = Record<TargetLangT, LengthBand>;

export const DEFAULT_LENGTH_BANDS: LengthBands = { en: { min: 1.5, max: 6 }, 'zh-Hans': { min: 0.8, max: 1.25 } };
/** Sources shorter than this (in characters) are not measured. */
export const MIN_SOURCE_CHARS = 12;

const measure = (text: string) => [...text.replace(/\s+/gu, '')].length;

export function checkLengthRatio(cell: QaCell, bands: LengthBands = DEFAULT_LENGTH_BANDS): QaIssue[] {
  const source = measure(cell.source);
  const target = measure(cell.target);
  if (source < MIN_SOURCE_CHARS || target === 0) return [];
  const ratio = target / source;
  const band = bands[cell.lang];
  if (ratio >= band.min && ratio <= band.max) return [];
  const short = ratio < band.min;
  const params = { ratio: ratio.toFixed(2), min: String(band.min), max: String(band.max) };
  return [issue('length-ratio', 'info', cell.lang, short ? 'short' : 'long', { code: short ? 'lengthShort' : 'lengthLong', params })];
}
