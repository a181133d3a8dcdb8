/**
 * Folding for term matching: script variants (OpenCC t→cn, as the TM folds them), full width
 * and letter case, one code point for one code point, so that offsets in the folded text are
 * offsets in the original and a match can be highlighted where it is.
 */
import { searchFold } from '../tm/normalize.ts';

export function foldAligned(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = String.fromCodePoint(searchFold(char.codePointAt(0)!));
    out += folded.length === char.length ? folded : char;
  }
  return out;
}
