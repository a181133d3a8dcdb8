/**
 * Strict UTF-8 validity (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF,
 * no truncated sequence at the end. Big5 and GBK text almost never passes by accident,
 * so a valid file is read as UTF-8 without asking the statistical detector.
 */
export function isStrictUtf8(bytes: Uint8Array): boolean {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let size: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) size = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      size = 3;
      if (lead === 0xe0) min = 0xa0; // overlong
      if (lead === 0xed) max = 0x9f; // UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      size = 4;
      if (lead === 0xf0) min = 0x90; // overlong
      if (lead === 0xf4) max = 0x8f; // past U+10FFFF
    } else return false;
    if (i + size > length) return false;
    const second = bytes[i + 1]!;
    if (second < min || second > max) return false;
    for (let k = 2; k < size; k += 1) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return false;
    }
    i += size;
  }
  return true;
}
