/**
 * Numbers an English translation writes in words: "ten", "twenty-five", "two hundred", "first",
 * and month names (a Chinese 2月 is February). Digits are read by core/tm/numbers.ts; this adds
 * what a style guide spells out, so the number check does not flag "three" for 3.
 */
import type { NumberToken } from '../tm/numbers.ts';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const SCALE: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

// Capitalised only: "may" and "march" are also verbs.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/gu;

type WordKind = 'unit' | 'tens' | 'scale' | 'and';

function kindOf(word: string): WordKind | undefined {
  const lower = word.toLowerCase();
  if (lower === 'and') return 'and';
  if (SCALE[lower] !== undefined) return 'scale';
  const value = SMALL[lower];
  if (value === undefined) return undefined;
  return value >= 20 ? 'tens' : 'unit';
}

/** Which word may follow which inside one number: "twenty-five", "two hundred and five", not "one two". */
function canFollow(previous: WordKind, next: WordKind, nextWord: string): boolean {
  if (previous === 'unit') return next === 'scale';
  if (previous === 'tens') return next === 'scale' || (next === 'unit' && SMALL[nextWord.toLowerCase()]! < 10);
  if (previous === 'scale') return true;
  return next === 'unit' || next === 'tens';
}

/** The value of consecutive number words, as English composes them (units add, scales multiply). */
function compose(words: readonly string[]): number {
  let total = 0;
  let current = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    const scale = SCALE[lower];
    if (lower === 'and') continue;
    if (scale === undefined) current += SMALL[lower]!;
    else if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return total + current;
}

function numberWords(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  let stretch: { word: string; start: number; kind: WordKind }[] = [];
  const flush = () => {
    // A trailing "and" belongs to the sentence, not the number.
    while (stretch.at(-1)?.kind === 'and') stretch.pop();
    // A bare scale word counts only after "a" (a million): after digits (1.5 million) it is part of that number.
    const bare = stretch.every((w) => w.kind === 'scale') && !/\ba\s+$/iu.test(text.slice(0, stretch[0]?.start));
    if (stretch.length > 0 && !bare) {
      const start = stretch[0]!.start;
      const last = stretch.at(-1)!;
      const end = last.start + last.word.length;
      found.push({ start, end, text: text.slice(start, end), value: compose(stretch.map((w) => w.word)) });
    }
    stretch = [];
  };
  let previousEnd = 0;
  for (const match of text.matchAll(/[A-Za-z]+/gu)) {
    const kind = kindOf(match[0]);
    const joined = /^[\s-]*$/u.test(text.slice(previousEnd, match.index));
    previousEnd = match.index + match[0].length;
    const last = stretch.at(-1);
    if (kind === undefined || !joined || (last && !canFollow(last.kind, kind, match[0]))) flush();
    if (kind !== undefined && (kind !== 'and' || stretch.length > 0)) stretch.push({ word: match[0], start: match.index, kind });
  }
  flush();
  return found;
}

function monthNames(text: string): NumberToken[] {
  return [...text.matchAll(MONTH)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    value: MONTHS.indexOf(m[0].slice(0, 3)) + 1,
  }));
}

/** Numbers written in words and months named, with their values. */
export function englishWordNumbers(text: string): NumberToken[] {
  return [...numberWords(text), ...monthNames(text)];
}
