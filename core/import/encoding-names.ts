/**
 * The encodings a user can choose when overriding detection, with their menu labels. Kept free
 * of the decoding libraries so that the API contract and the UI can import the list.
 */
export const SOURCE_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'big5-hkscs', 'big5', 'gb18030', 'gbk'] as const;
export type SourceEncoding = (typeof SOURCE_ENCODINGS)[number];

export const ENCODING_LABELS: Record<SourceEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'big5-hkscs': 'Big5-HKSCS (Hong Kong)',
  big5: 'Big5 (without HKSCS)',
  gb18030: 'GB18030',
  gbk: 'GBK',
};
