/**
 * Scoring a stored TM source against the current source, in memoQ's bands:
 *
 *   101      context match: exact, and the neighbouring source segments are the same too
 *   100      exact: equal once script variants are folded and whitespace runs collapsed
 *   95–99    equal except for numbers, punctuation, width, whitespace or inline tags;
 *            each kind of difference costs points (see NEAR_PENALTY)
 *   0–94     fuzzy: Levenshtein similarity of the match keys (see similarity()), capped at 94
 */
import { findNumbers } from './numbers.ts';
import { codePoints, exactKey, fromCodePoints, isSpace, matchKeyPoints, widthFold } from './normalize.ts';
import { placeholdersOf } from './placeholders.ts';
import { similarity } from './levenshtein.ts';

export type MatchKind = 'context' | 'exact' | 'near' | 'fuzzy';
export type Difference = 'numbers' | 'number-form' | 'punctuation' | 'width' | 'whitespace' | 'tags';

/** Points off 100 per kind of difference; a changed number costs most because its translation must change. */
const NEAR_PENALTY: Record<Difference, number> = {
  numbers: 2,
  'number-form': 1,
  punctuation: 1,
  width: 1,
  whitespace: 1,
  tags: 1,
};

export interface Segment {
  source: string;
  /** The neighbouring source segments ('' at a document edge), when known. */
  contextBefore?: string | null;
  contextAfter?: string | null;
}

export interface Score {
  score: number;
  kind: MatchKind;
  differences: Difference[];
  /** For a near match that differs in numbers: the values in the stored and current source, in order. */
  numbers?: { stored: number[]; current: number[] };
}

const PUNCTUATION = /[\p{P}\p{S}]/u;

/** The text with numbers, punctuation and spaces taken out: equal skeletons mean a near match. */
function skeleton(points: readonly number[]): { letters: string; punctuation: string; numbers: number[] } {
  const text = fromCodePoints(points);
  const numbers = findNumbers(text);
  let letters = '';
  let punctuation = '';
  let at = 0;
  for (const token of [...numbers, { start: text.length, end: text.length }]) {
    for (const char of text.slice(at, token.start)) {
      if (isSpace(char.codePointAt(0)!)) continue;
      if (PUNCTUATION.test(char)) punctuation += char;
      else letters += char;
    }
    if (token.end > token.start) letters += '#';
    at = token.end;
  }
  return { letters, punctuation, numbers: numbers.map((n) => n.value) };
}

function differencesOf(stored: string, current: string): Difference[] | null {
  const keys = [matchKeyPoints(stored), matchKeyPoints(current)] as const;
  const [a, b] = keys.map(skeleton) as [ReturnType<typeof skeleton>, ReturnType<typeof skeleton>];
  if (a.letters !== b.letters) return null;
  const found: Difference[] = [];
  const numberTexts = (text: string) => findNumbers(text).map((n) => n.text).join();
  if (a.numbers.join() !== b.numbers.join()) found.push('numbers');
  else if (numberTexts(stored) !== numberTexts(current)) found.push('number-form');
  if (a.punctuation !== b.punctuation) found.push('punctuation');
  const unspaced = (text: string) => exactKey(text).replace(/\s/gu, '');
  const folded = (text: string) => fromCodePoints(codePoints(unspaced(text)).map(widthFold));
  if (unspaced(stored) !== unspaced(current) && folded(stored) === folded(current)) found.push('width');
  const [keyA, keyB] = keys.map(fromCodePoints) as [string, string];
  if (keyA !== keyB && keyA.replaceAll(' ', '') === keyB.replaceAll(' ', '')) found.push('whitespace');
  if (placeholdersOf(stored).join() !== placeholdersOf(current).join()) found.push('tags');
  return found;
}

/** Scores a stored unit's source against the current segment (both raw text). */
export function scoreMatch(stored: Segment, current: Segment): Score {
  if (exactKey(stored.source) === exactKey(current.source)) {
    const sameContext =
      current.contextBefore != null && current.contextAfter != null &&
      stored.contextBefore != null && stored.contextAfter != null &&
      exactKey(stored.contextBefore) === exactKey(current.contextBefore) &&
      exactKey(stored.contextAfter) === exactKey(current.contextAfter);
    return sameContext ? { score: 101, kind: 'context', differences: [] } : { score: 100, kind: 'exact', differences: [] };
  }
  const differences = differencesOf(stored.source, current.source);
  if (differences !== null) {
    const penalty = differences.reduce((sum, d) => sum + NEAR_PENALTY[d], 0);
    const score: Score = { score: Math.min(99, Math.max(95, 100 - penalty)), kind: 'near', differences };
    if (differences.includes('numbers')) {
      score.numbers = {
        stored: skeleton(matchKeyPoints(stored.source)).numbers,
        current: skeleton(matchKeyPoints(current.source)).numbers,
      };
    }
    return score;
  }
  return { score: Math.min(94, similarity(matchKeyPoints(stored.source), matchKeyPoints(current.source))), kind: 'fuzzy', differences: [] };
}
