import { describe, expect, it } from 'vitest';
import { levenshtein, LevenshteinPattern, similarity } from '../../../core/tm/levenshtein.ts';
import { codePoints } from '../../../core/tm/normalize.ts';

/** The textbook dynamic programme, as the reference the bit-parallel version must agree with. */
function reference(a: readonly number[], b: readonly number[]): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('Levenshtein distance over code points', () => {
  it('agrees with the dynamic programme on random strings of 0–150 characters (one to five blocks)', () => {
    const next = random(7);
    const alphabet = codePoints('香港政府今日宣佈新措施市民可網上申請𠝹𡃁ab');
    for (let round = 0; round < 400; round++) {
      const make = () => Array.from({ length: Math.floor(next() * 150) }, () => alphabet[Math.floor(next() * alphabet.length)]!);
      const a = make();
      const b = next() < 0.5 ? make() : a.map((cp) => (next() < 0.2 ? alphabet[0]! : cp));
      expect(levenshtein(a, b), `round ${round}`).toBe(reference(a, b));
    }
  });

  it('reuses one pattern against many texts', () => {
    const pattern = new LevenshteinPattern(codePoints('kitten'));
    expect(pattern.distance(codePoints('sitting'))).toBe(3);
    expect(pattern.distance(codePoints('kitten'))).toBe(0);
    expect(pattern.distance([])).toBe(6);
  });

  it('counts an astral HKSCS character as one character, not two UTF-16 units', () => {
    // 𠝹 is U+20779: two UTF-16 code units, one character.
    expect('𠝹'.length).toBe(2);
    expect(similarity(codePoints('𠝹開'), codePoints('切開'))).toBe(50);
    expect(similarity(codePoints('香港𠝹'), codePoints('香港'))).toBe(66);
  });

  it('scores with floor(100 × (longest − distance) / longest)', () => {
    expect(similarity(codePoints('abcd'), codePoints('abce'))).toBe(75);
    expect(similarity(codePoints('abc'), codePoints('abc'))).toBe(100);
    expect(similarity([], [])).toBe(100);
    expect(similarity(codePoints('abc'), codePoints('xyz'))).toBe(0);
  });
});
