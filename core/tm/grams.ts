/**
 * Candidate grams: the index terms of the TM's postings lists, one safe integer each.
 *
 * Chinese has no spaces, so a word index cannot serve it (Translate Toolkit's SQLite TM fell back
 * to scanning for that reason). Han and other CJK characters give unigrams and bigrams of adjacent
 * characters; runs of letters and digits (English, numbers) give lower-cased words. Fuzzy lookup
 * uses bigrams and words; concordance also uses unigrams, so one- and two-character terms
 * (港, 香港) are served by a posting list instead of a scan.
 *
 * Ids: a unigram is its code point (< 2^21); a bigram is cp1·2^21 + cp2 (cp1 ≥ 0x2E80, so above
 * every unigram and below 2^42); a word is 2^43 + its 32-bit FNV-1a hash. Hash collisions only
 * add candidates, which are always verified against the text.
 */
import { isSpace, rememberedForBmp, searchFold } from './normalize.ts';

const BIGRAM_BASE = 2 ** 21;
const WORD_BASE = 2 ** 43;

/** CJK ideographs, kana, hangul and their extensions, but not CJK punctuation or full-width forms. */
export function isIdeographic(cp: number): boolean {
  if (cp < 0x2e80) return false;
  if (cp >= 0x3000 && cp <= 0x303f) return false;
  if (cp >= 0xfe30 && cp <= 0xfe4f) return false;
  if (cp >= 0xff00 && cp <= 0xffef) return false;
  return !isSpace(cp);
}

function isWordChar(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a);
  return !isIdeographic(cp) && /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(cp));
}

const IDEOGRAPH = 1;
const WORD_CHAR = 2;
const OTHER = 3;
/** Folded code points take 21 bits; their kind sits above. */
const KIND_SHIFT = 21;
const FOLDED = (1 << KIND_SHIFT) - 1;

/** The search fold of a code point and the kind of what it folds to, in one number: a scan asks for every character of every unit. */
const scanned = rememberedForBmp((cp) => {
  const folded = searchFold(cp);
  const kind = isIdeographic(folded) ? IDEOGRAPH : isWordChar(folded) ? WORD_CHAR : OTHER;
  return folded | (kind << KIND_SHIFT);
});

export function unigram(cp: number): number {
  return cp;
}

export function bigram(cp1: number, cp2: number): number {
  return cp1 * BIGRAM_BASE + cp2;
}

/** A word's id is its 32-bit FNV-1a hash, taken one code point at a time as the scan reads it. */
const FNV_OFFSET = 0x811c9dc5;

function fnvStep(hash: number, cp: number): number {
  return Math.imul(hash ^ cp, 0x01000193);
}

function wordGram(hash: number): number {
  return WORD_BASE + (hash >>> 0);
}

export interface GramSink {
  unigram(gram: number): void;
  bigram(gram: number): void;
  word(gram: number): void;
}

/** Feeds the grams of a text to sink; the text is folded per code point first (script, width, case). */
export function scanGrams(text: string, sink: GramSink): void {
  let previous = -1;
  let inWord = false;
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const raw = text.codePointAt(i)!;
    if (raw > 0xffff) i++;
    const entry = scanned(raw);
    const cp = entry & FOLDED;
    const kind = entry >>> KIND_SHIFT;
    if (kind === IDEOGRAPH) {
      if (inWord) sink.word(wordGram(hash));
      inWord = false;
      sink.unigram(unigram(cp));
      if (previous >= 0) sink.bigram(bigram(previous, cp));
      previous = cp;
      continue;
    }
    previous = -1;
    if (kind === WORD_CHAR) {
      hash = fnvStep(inWord ? hash : FNV_OFFSET, cp);
      inWord = true;
    } else if (inWord) {
      sink.word(wordGram(hash));
      inWord = false;
    }
  }
  if (inWord) sink.word(wordGram(hash));
}

/** Below this many bigrams and words a lookup also uses single characters: one edit in 繼續聽 leaves no bigram. */
const FEW_GRAMS = 8;

/** The distinct grams a fuzzy lookup of this text uses: bigrams and words, plus characters for short texts. */
export function fuzzyGrams(text: string): number[] {
  const grams = new Set<number>();
  const unigrams = new Set<number>();
  scanGrams(text, { unigram: (g) => unigrams.add(g), bigram: (g) => grams.add(g), word: (g) => grams.add(g) });
  return grams.size < FEW_GRAMS ? [...grams, ...unigrams] : [...grams];
}

/**
 * A set of grams for one unit at a time: open addressing over typed arrays, emptied by bumping a
 * generation instead of clearing. A Set per unit cost a third of an import's time.
 */
class GramSet {
  private keys = new Float64Array(1 << 12);
  private stamps = new Uint32Array(1 << 12);
  private generation = 1;
  private size = 0;
  readonly items: number[] = [];

  reset(): void {
    this.generation++;
    this.size = 0;
    this.items.length = 0;
  }

  add(gram: number): void {
    if (this.size * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = Math.imul((gram | 0) ^ ((gram / 0x100000000) | 0), 0x9e3779b1) & mask;
    while (this.stamps[slot] === this.generation) {
      if (this.keys[slot] === gram) return;
      slot = (slot + 1) & mask;
    }
    this.stamps[slot] = this.generation;
    this.keys[slot] = gram;
    this.size++;
    this.items.push(gram);
  }

  private grow(): void {
    const items = [...this.items];
    this.keys = new Float64Array(this.keys.length * 2);
    this.stamps = new Uint32Array(this.stamps.length * 2);
    this.reset();
    for (const gram of items) this.add(gram);
  }
}

const unitGrams = new GramSet();
const addGram = (gram: number) => unitGrams.add(gram);
const unitSink: GramSink = { unigram: addGram, bigram: addGram, word: addGram };

/** True when two texts fold to the same code points: their grams are the same. */
function sameFolded(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const cp = a.codePointAt(i)!;
    if (searchFold(cp) !== searchFold(b.codePointAt(i)!)) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

/**
 * Feeds sink the grams stored for a unit's texts, repeats included: everything both kinds of
 * lookup may ask for. A Simplified target is often the source converted, and then folds to the
 * same text: it is compared cheaply and not scanned twice.
 */
export function scanUnitGrams(texts: readonly (string | null)[], sink: GramSink): void {
  texts.forEach((text, i) => {
    if (text && !texts.slice(0, i).some((earlier) => earlier !== null && sameFolded(earlier, text))) scanGrams(text, sink);
  });
}

/** The distinct grams stored for a unit's texts. The array is reused by the next call: consume it first. */
export function indexGrams(texts: readonly (string | null)[]): number[] {
  unitGrams.reset();
  scanUnitGrams(texts, unitSink);
  return unitGrams.items;
}
