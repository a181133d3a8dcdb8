/**
 * Text inside <source>/<target>. XML cannot carry most control characters, so each is
 * written as an inline code the reader turns back into the character: <cp hex="…"/> in
 * XLIFF 2.0, <x ctype="x-cp-…"/> in 1.2. A carriage return is written as &#13; because
 * XML parsers fold a literal one into a newline.
 */
import { escapeXml, NOT_XML, xmlSafe } from '../export/escape.ts';
import type { XliffVersion } from './xliff.ts';

export const CP_CTYPE_PREFIX = 'x-cp-';

const hex = (char: string) => char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

export function inlineXml(text: string, version: XliffVersion): string {
  let codes = 0;
  return escapeXml(text)
    .replace(/\r/gu, '&#13;')
    .replace(NOT_XML, (char) => {
      codes += 1;
      return version === '2.0' ? `<cp hex="${hex(char)}"/>` : `<x id="cp${codes}" ctype="${CP_CTYPE_PREFIX}${hex(char)}"/>`;
    });
}

/** Text where no inline code is allowed (notes, attribute values): characters XML cannot carry are dropped. */
export function plainXml(text: string): string {
  return escapeXml(xmlSafe(text)).replace(/\r/gu, '&#13;');
}

/** The character a <cp hex> or our <x ctype> stands for; null when the value is not a code point. */
export function charFromHex(value: string | undefined): string | null {
  if (value === undefined || !/^[0-9A-Fa-f]{1,6}$/u.test(value)) return null;
  const code = Number.parseInt(value, 16);
  return code > 0x10ffff ? null : String.fromCodePoint(code);
}
