/**
 * Levenshtein distance over code points with Myers' bit-parallel algorithm (Myers 1999, in the
 * multi-word form of Hyyrö 2003): the pattern is encoded once as one bit mask per character and
 * 32-character block, then each text character costs one pass of word operations per block.
 * A TM lookup compares one query against hundreds of candidates, so the pattern is built once.
 */
export class LevenshteinPattern {
  readonly length: number;
  private readonly blocks: number;
  /** For each block, the bit mask of the positions where each code point occurs. */
  private readonly peq: Map<number, number>[];
  private readonly pv: Int32Array;
  private readonly mv: Int32Array;

  constructor(pattern: readonly number[]) {
    this.length = pattern.length;
    this.blocks = Math.ceil(pattern.length / 32);
    this.peq = Array.from({ length: this.blocks }, () => new Map<number, number>());
    pattern.forEach((cp, i) => {
      const block = this.peq[i >>> 5]!;
      block.set(cp, (block.get(cp) ?? 0) | (1 << (i & 31)));
    });
    this.pv = new Int32Array(this.blocks);
    this.mv = new Int32Array(this.blocks);
  }

  distance(text: readonly number[] | Int32Array): number {
    const m = this.length;
    if (m === 0) return text.length;
    if (text.length === 0) return m;
    const { blocks, peq, pv, mv } = this;
    pv.fill(-1);
    mv.fill(0);
    const lastBit = 1 << ((m - 1) & 31);
    let score = m;
    for (const cp of text) {
      // Horizontal delta entering the top block: row 0 of the table is 0, 1, 2…, so always +1.
      let hin = 1;
      for (let b = 0; b < blocks; b++) {
        let eq = peq[b]!.get(cp) ?? 0;
        const pvb = pv[b]!;
        const mvb = mv[b]!;
        const xv = eq | mvb;
        if (hin < 0) eq |= 1;
        const xh = (((eq & pvb) + pvb) ^ pvb) | eq;
        let ph = mvb | ~(xh | pvb);
        let mh = pvb & xh;
        const high = b === blocks - 1 ? lastBit : 1 << 31;
        const hout = ph & high ? 1 : mh & high ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) mh |= 1;
        else if (hin > 0) ph |= 1;
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        hin = hout;
      }
      score += hin;
    }
    return score;
  }
}

export function levenshtein(a: readonly number[], b: readonly number[]): number {
  return new LevenshteinPattern(a).distance(b);
}

/**
 * Similarity of two match keys, in whole percent:
 *
 *     similarity = floor(100 × (max(|a|, |b|) − d) / max(|a|, |b|))
 *
 * where |x| counts Unicode code points (an astral HKSCS character is one, not two UTF-16 units)
 * and d is their Levenshtein distance (insertions, deletions and substitutions of one code point).
 * This is Translate Toolkit's and, over characters instead of words, OmegaT's formula.
 */
export function similarityOf(pattern: LevenshteinPattern, text: readonly number[] | Int32Array): number {
  const longer = Math.max(pattern.length, text.length);
  if (longer === 0) return 100;
  return Math.floor((100 * (longer - pattern.distance(text))) / longer);
}

export function similarity(a: readonly number[], b: readonly number[]): number {
  return similarityOf(new LevenshteinPattern(a), b);
}

/** The highest similarity two keys of these lengths could have: the length difference alone costs that many edits. */
export function similarityBound(m: number, n: number): number {
  const longer = Math.max(m, n);
  return longer === 0 ? 100 : Math.floor((100 * Math.min(m, n)) / longer);
}
