import { MAX_WARNINGS } from './limits.ts';
import type { SourceWarning } from './types.ts';

// The private-use areas of the BMP and of planes 15–16, and the replacement character.
const SUSPECT = /[\ue000-\uf8ff\ufffd\u{f0000}-\u{10ffff}]/gu;
const LF = 10;
const CR = 13;

function describe(codePoint: number, encodingName: string): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (codePoint === 0xfffd) {
    return `${hex}: bytes here could not be decoded as ${encodingName}; check the encoding, or the file is damaged at this point`;
  }
  return `${hex} is a private-use character: it shows correctly only with the font it was made for (often an HKSCS character from an older system); replace it with the standard character`;
}

export interface WarningScan {
  warnings: SourceWarning[];
  count: number;
}

/**
 * Finds private-use characters and U+FFFD. Lines break at CR, LF or CRLF; columns count code
 * points. Only the first MAX_WARNINGS get a position, so a badly decoded 20 MB file costs one
 * regular-expression pass.
 */
export function scanCharacters(text: string, encodingName: string): WarningScan {
  const warnings: SourceWarning[] = [];
  let count = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(SUSPECT)) {
    count += 1;
    if (warnings.length >= MAX_WARNINGS) continue;
    for (; scanned < match.index; scanned += 1) {
      const unit = text.charCodeAt(scanned);
      if (unit === LF || (unit === CR && text.charCodeAt(scanned + 1) !== LF)) {
        line += 1;
        lineStart = scanned + 1;
      }
    }
    const codePoint = match[0].codePointAt(0)!;
    const column = [...text.slice(lineStart, match.index)].length + 1;
    warnings.push({ line, column, codePoint, message: describe(codePoint, encodingName) });
  }
  return { warnings, count };
}
