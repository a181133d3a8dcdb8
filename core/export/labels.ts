/** Words and language tags shared by every export format, so they read the same everywhere. */
import type { CellStatusT, TargetLangT } from '../api/contract.ts';

/** Column headings of the bilingual table; the review import finds its columns by these. */
export const COLUMN_LABEL = {
  number: '#',
  source: '原文 (zh-Hant)',
  en: 'English',
  'zh-Hans': '简体中文',
  status: 'Status',
  comment: 'Comment',
} as const;

export type ColumnKey = keyof typeof COLUMN_LABEL;

export const LANGUAGE_NAME: Record<TargetLangT | 'source', string> = {
  source: 'Traditional Chinese (zh-Hant)',
  en: 'English',
  'zh-Hans': 'Simplified Chinese (zh-Hans)',
};

/** Short names for a status column holding both targets. */
export const LANGUAGE_SHORT: Record<TargetLangT, string> = { en: 'EN', 'zh-Hans': '简' };

export const STATUS_LABEL: Record<CellStatusT, string> = {
  empty: 'Not translated',
  auto: 'Machine draft',
  draft: 'Draft',
  translated: 'Translated',
  reviewed: 'Reviewed',
};

/** Colours of the status words in the DOCX and HTML tables (RRGGBB). */
export const STATUS_COLOUR: Record<CellStatusT, string> = {
  empty: 'B42318',
  auto: '6B7280',
  draft: 'B54708',
  translated: '067647',
  reviewed: '1F4E9A',
};

/** BCP 47 tags written on HTML cells and XLIFF files. */
export const TARGET_TAG: Record<TargetLangT, string> = { en: 'en', 'zh-Hans': 'zh-Hans' };

/** A name that is safe as a file name on Windows, macOS and Linux. */
export function fileStem(title: string): string {
  const safe = title.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').replace(/^[\s.]+|[\s.]+$/gu, '');
  return safe === '' ? 'document' : safe.slice(0, 120);
}

/** The date part of an ISO timestamp: exports print the day, not the second. */
export function exportDay(iso: string): string {
  return iso.slice(0, 10);
}
