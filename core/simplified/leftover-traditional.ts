import { toSimplified } from '../convert.ts';
import { changedCharacters } from './char-diff.ts';

/** A character in a Simplified text that is still Traditional; index is a UTF-16 offset. */
export interface LeftoverTraditional {
  index: number;
  char: string;
  /** What t→cn conversion makes of it in its context. */
  simplified: string;
}

/**
 * The "Traditional characters left in the Simplified column" check: each character that
 * t→cn conversion would still change. The whole text is converted, not one character at a
 * time, so OpenCC's phrases keep legitimate Simplified usage such as 乾隆 or 著名 unflagged.
 * Pure and fast enough to run on every keystroke in one cell.
 */
export function findTraditionalLeft(text: string): LeftoverTraditional[] {
  const converted = toSimplified(text, 't');
  return changedCharacters(text, converted).map((change) => ({
    index: change.start,
    char: text.slice(change.start, change.end),
    simplified: converted.slice(change.toStart, change.toEnd),
  }));
}
