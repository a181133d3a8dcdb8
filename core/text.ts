/**
 * Splitting plain text into the paragraphs a translator edits.
 * Each non-empty line is one paragraph: Chinese web and office text puts one
 * paragraph per line, and hard-wrapped Chinese is rare. Indentation made of
 * spaces, no-break spaces or ideographic spaces is layout, not content.
 */
const EDGE_SPACE = /^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000]+$/gu;

export function trimLayoutSpace(line: string): string {
  return line.replace(EDGE_SPACE, '');
}

export function splitParagraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map(trimLayoutSpace)
    .filter((line) => line.length > 0);
}

/** The key under which a source segment is stored and looked up for exact matches. */
export function exactMatchKey(source: string): string {
  return trimLayoutSpace(source.normalize('NFC')).replace(/[\s\u00a0\u3000]+/gu, ' ');
}
