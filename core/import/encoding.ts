/**
 * Finding and decoding the character encoding of a text file. Order: the user's override,
 * a byte-order mark, strict UTF-8 validity, an HTML page's own <meta charset>, and only then
 * the statistical detector (jschardet) choosing between the Big5 and GB families.
 * Decoding is always iconv-lite: the built-in TextDecoder('big5') maps some HKSCS characters
 * to private-use code points, and Big5 text is decoded as Big5-HKSCS, its Hong Kong superset.
 */
import iconv from 'iconv-lite';
import { chardet } from 'jschardet';
import type { SourceEncoding } from './encoding-names.ts';
import { isStrictUtf8 } from './utf8.ts';

const ICONV_NAME: Record<SourceEncoding, string> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'big5-hkscs': 'big5hkscs',
  big5: 'big5',
  gb18030: 'gb18030',
  gbk: 'gbk',
};

/** Labels pages and detectors use, mapped to the superset this app decodes with. */
const ALIASES: Record<string, SourceEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  big5: 'big5-hkscs',
  'big5-hkscs': 'big5-hkscs',
  big5hkscs: 'big5-hkscs',
  'x-x-big5': 'big5-hkscs',
  cp950: 'big5-hkscs',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  'euc-cn': 'gb18030',
};

export function encodingFromLabel(label: string): SourceEncoding | undefined {
  return ALIASES[label.trim().toLowerCase()];
}

export interface Decoded {
  text: string;
  encoding: SourceEncoding;
  confidence: number;
}

function decodeWith(bytes: Uint8Array, encoding: SourceEncoding, confidence: number): Decoded {
  // iconv-lite drops a leading BOM for the Unicode encodings.
  return { text: iconv.decode(bytes, ICONV_NAME[encoding]), encoding, confidence };
}

function fromBom(bytes: Uint8Array): SourceEncoding | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

/** Chooses between the Big5 and GB families; Big5 wins a tie, since the sources come from Hong Kong. */
function detectChinese(bytes: Uint8Array): { encoding: SourceEncoding; confidence: number } {
  const result = chardet.detect(bytes, { includeEncodings: ['big5', 'gb18030'], noMatchEncoding: 'big5' });
  const encoding = (result.encoding ? encodingFromLabel(result.encoding) : undefined) ?? 'big5-hkscs';
  return { encoding, confidence: result.confidence };
}

/**
 * Decodes a text file. `declared` is what the file says about itself (an HTML <meta charset>),
 * trusted above the statistical detector but below a BOM and valid UTF-8.
 */
export function decodeSource(bytes: Uint8Array, override?: SourceEncoding, declared?: SourceEncoding): Decoded {
  if (override) return decodeWith(bytes, override, 1);
  const bom = fromBom(bytes);
  if (bom) return decodeWith(bytes, bom, 1);
  if (isStrictUtf8(bytes)) return decodeWith(bytes, 'utf-8', 1);
  if (declared && declared !== 'utf-8') return decodeWith(bytes, declared, 0.9);
  const detected = detectChinese(bytes);
  return decodeWith(bytes, detected.encoding, detected.confidence);
}
