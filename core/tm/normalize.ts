/**
 * Match keys: what a TM compares instead of the raw text.
 *
 * The fuzzy key folds away what a translator does not consider a difference in the source:
 * script and regional variants (OpenCC t→cn, so zh-HK, zh-TW and zh-CN entries meet), full-width
 * against half-width forms, and runs of whitespace. Folding is done per code point through a
 * cache filled from opencc-js one character at a time: a key then costs one map lookup per
 * character instead of a phrase-table pass, and both sides of a comparison fold identically.
 */
import * as OpenCC from 'opencc-js';
import { PLACEHOLDER } from './placeholders.ts';

// hk→cn knows the Hong Kong glyph variants (衞, 綫), tw→cn the Taiwan ones (著); chaining both folds either.
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const scriptCache = new Map<number, number>();
/** Below this code point nothing is Chinese, so the cache is never consulted. */
const FIRST_CJK = 0x2e80;

function scriptFold(cp: number): number {
  if (cp < FIRST_CJK) return cp;
  const cached = scriptCache.get(cp);
  if (cached !== undefined) return cached;
  const converted = codePoints(twToCn(hkToCn(String.fromCodePoint(cp))));
  // A character that converts to several (rare) keeps its own code point: keys stay aligned.
  const folded = converted.length === 1 ? converted[0]! : cp;
  scriptCache.set(cp, folded);
  return folded;
}

const HALF_WIDTH_CJK: Record<number, number> = { 0xff61: 0x3002, 0xff62: 0x300c, 0xff63: 0x300d, 0xff64: 0x3001 };

/** True when some character would change under t→cn: the text is written in Traditional characters. */
export function hasTraditional(text: string): boolean {
  return codePoints(text).some((cp) => scriptFold(cp) !== cp);
}

/** Full-width ASCII (，！Ａ１) to ASCII, the ideographic space to a space, half-width ｡｢｣､ to 。「」、. */
export function widthFold(cp: number): number {
  if (cp >= 0xff01 && cp <= 0xff5e) return cp - 0xfee0;
  if (cp === 0x3000) return 0x20;
  return HALF_WIDTH_CJK[cp] ?? cp;
}

/** Unicode White_Space plus the zero-width space and BOM, tested numerically: keys are built per unit on import. */
export function isSpace(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
  if (cp < 0x85) return false;
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200b) || cp === 0x2028 ||
    cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff
  );
}

/** The code points of a string (astral characters count once). */
export function codePoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** The inverse of codePoints, in slices: spreading a long array into one call would overflow the stack. */
export function fromCodePoints(points: readonly number[]): string {
  let text = '';
  for (let i = 0; i < points.length; i += 4096) text += String.fromCodePoint(...points.slice(i, i + 4096));
  return text;
}

/** A per code point function whose results for the BMP are kept in a table filled on first use (0 marks one not yet computed). */
export function rememberedForBmp(fold: (cp: number) => number): (cp: number) => number {
  const table = new Int32Array(0x10000);
  return (cp) => {
    if (cp > 0xffff) return fold(cp);
    let folded = table[cp]!;
    if (folded === 0) {
      folded = fold(cp);
      table[cp] = folded;
    }
    return folded;
  };
}

/** Script fold, then width fold, of one code point: the per-character equality of keys and diffs. */
export const foldCodePoint = rememberedForBmp((cp) => widthFold(scriptFold(cp)));

function collapse(text: string, fold: (cp: number) => number, keepTags: boolean): number[] {
  const out: number[] = [];
  let pendingSpace = false;
  const visible = text.normalize('NFC');
  const kept = keepTags ? visible : visible.replace(PLACEHOLDER, '');
  for (let i = 0; i < kept.length; i++) {
    const cp = kept.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isSpace(cp)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out.push(0x20);
    pendingSpace = false;
    out.push(fold(cp));
  }
  return out;
}

/** The fuzzy-match key as code points: placeholders dropped, script and width folded, spaces collapsed. */
export function matchKeyPoints(text: string): number[] {
  return collapse(text, foldCodePoint, false);
}

export function matchKey(text: string): string {
  return fromCodePoints(matchKeyPoints(text));
}

/** The match key and its length in code points, as a unit is stored. */
export function keysOf(text: string): { matchKey: string; length: number } {
  const points = matchKeyPoints(text);
  return { matchKey: fromCodePoints(points), length: points.length };
}

/**
 * The exact key: script variants folded, whitespace runs collapsed, but width and inline tags
 * kept, so a width or tag difference scores 95–99 rather than 100.
 */
export function exactKey(text: string): string {
  return fromCodePoints(collapse(text, scriptFold, true));
}

/**
 * Per code point fold used by concordance and the grams: same length as the input, so offsets
 * carry over. Remembered like foldCodePoint: an import folds every character of every unit.
 */
export const searchFold = rememberedForBmp((cp) => caseFold(foldCodePoint(cp)));

function caseFold(folded: number): number {
  if (folded < 0x80) return folded >= 0x41 && folded <= 0x5a ? folded + 0x20 : folded;
  // Han, kana and CJK punctuation have no case: skip the string round trip for them.
  if (folded >= FIRST_CJK) return folded;
  const char = String.fromCodePoint(folded);
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower.codePointAt(0)! : folded;
}
