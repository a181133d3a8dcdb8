/** Untranslated cells: empty, a copy of the source, or a Simplified machine draft nobody reviewed. */
import { hasTraditional } from '../tm/normalize.ts';
import { issue, HAN, type QaCell, type QaIssue } from './types.ts';

const collapse = (text: string) => text.trim().replace(/\s+/gu, ' ');

export function checkEmpty(cell: QaCell): QaIssue[] {
  if (cell.target.trim() !== '') return [];
  return [issue('empty', 'error', cell.lang, '', { code: 'empty', params: {} })];
}

/**
 * A target identical to its source. For English that is untranslated text whenever the source
 * has Chinese in it (a line of figures or a name is legitimately the same). For Simplified it is
 * a problem only when the source has characters that Simplified writes differently: 香港 is 香港.
 */
export function checkSameAsSource(cell: QaCell): QaIssue[] {
  const target = collapse(cell.target);
  if (target === '' || target !== collapse(cell.source)) return [];
  if (cell.lang === 'en' && HAN.test(target)) {
    return [issue('same-as-source', 'error', cell.lang, '', { code: 'sameAsSourceEnglish', params: {} })];
  }
  if (cell.lang === 'zh-Hans' && hasTraditional(target)) {
    return [issue('same-as-source', 'warning', cell.lang, '', { code: 'sameAsSourceSimplified', params: {} })];
  }
  return [];
}

/** At export, a Simplified cell still holding the machine draft has not been looked at by anyone. */
export function checkUnreviewedAuto(cell: QaCell): QaIssue[] {
  if (cell.lang !== 'zh-Hans' || cell.status !== 'auto' || cell.target.trim() === '') return [];
  return [issue('unreviewed-auto', 'warning', cell.lang, '', { code: 'unreviewedAuto', params: {} })];
}
