import { WorkbenchError } from './errors.ts';

export interface FindOptions {
  find: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  regex: boolean;
}

// Letters of alphabetic scripts and digits: the edges of a "whole word". Han characters are not.
const WORD_CHAR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}_]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern for a find: literal unless regex is asked for. "Whole word" applies at Latin
 * letter and digit edges only, since Chinese text has no spaces between words.
 */
export function findPattern({ find, caseSensitive, wholeWord, regex }: FindOptions): RegExp {
  if (find === '') throw new WorkbenchError('INVALID_PAYLOAD', 'There is nothing to find');
  let source = regex ? find : escape(find);
  if (wholeWord) source = `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
  try {
    return new RegExp(source, `gu${caseSensitive ? '' : 'i'}`);
  } catch (error) {
    throw new WorkbenchError('INVALID_PAYLOAD', `The regular expression is not valid: ${(error as Error).message}`);
  }
}

/** Replaces every match; with a regex, $1… in the replacement refer to groups and $$ is a dollar sign. */
export function replaceAllMatches(text: string, pattern: RegExp, replacement: string, regex: boolean): { text: string; count: number } {
  let count = 0;
  const result = text.replace(pattern, (...args: unknown[]) => {
    count += 1;
    if (!regex) return replacement;
    const groups = args.slice(1, -2) as (string | undefined)[];
    return replacement.replace(/\$(\$|\d)/g, (whole, n: string) => (n === '$' ? '$' : (groups[Number(n) - 1] ?? whole)));
  });
  return { text: result, count };
}

/** The [start, end) ranges of the matches, for highlighting. */
export function matchRanges(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].filter((m) => m[0] !== '').map((m) => [m.index, m.index + m[0].length]);
}
