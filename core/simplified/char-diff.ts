/** One changed stretch: [start, end) in the text before, [toStart, toEnd) in the text after (UTF-16 offsets). */
export interface Change {
  start: number;
  end: number;
  toStart: number;
  toEnd: number;
}

const charLength = (text: string, index: number) => ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);

function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += charLength(text, i)) count += 1;
  return count;
}

/**
 * The characters a conversion changed, one Change per character. OpenCC's t→cn tables map
 * each character to exactly one character, so before and after line up by code point; a
 * character may still change its UTF-16 length (a BMP character to a supplementary one),
 * which is why both offsets are kept. Should a conversion ever change the number of
 * characters, the differing middle (after the common prefix and suffix) is one Change.
 */
export function changedCharacters(before: string, after: string): Change[] {
  if (before === after) return [];
  if (countCodePoints(before) !== countCodePoints(after)) return [middleChange(before, after)];
  const changes: Change[] = [];
  for (let i = 0, j = 0; i < before.length; ) {
    const fromLength = charLength(before, i);
    const toLength = charLength(after, j);
    if (fromLength !== toLength || before.slice(i, i + fromLength) !== after.slice(j, j + toLength)) {
      changes.push({ start: i, end: i + fromLength, toStart: j, toEnd: j + toLength });
    }
    i += fromLength;
    j += toLength;
  }
  return changes;
}

function middleChange(before: string, after: string): Change {
  const chars = (text: string) => [...text];
  const from = chars(before);
  const to = chars(after);
  let prefix = 0;
  while (prefix < from.length && prefix < to.length && from[prefix] === to[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < from.length - prefix && suffix < to.length - prefix && from.at(-1 - suffix) === to.at(-1 - suffix)) {
    suffix += 1;
  }
  const units = (list: string[]) => list.join('').length;
  return {
    start: units(from.slice(0, prefix)),
    end: before.length - units(from.slice(from.length - suffix)),
    toStart: units(to.slice(0, prefix)),
    toEnd: after.length - units(to.slice(to.length - suffix)),
  };
}
