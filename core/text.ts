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

// East Asian wide characters: Han, kana, Bopomofo, CJK punctuation and full-width forms.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
const LAST_WORD_CHAR = /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u;
const FIRST_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Joins two pieces of running text where a line break or a paragraph boundary was: a space
 * between two Latin-script pieces, nothing when either side is Chinese. Punctuation and markup
 * at the edges are looked through, since Chinese is often written with half-width punctuation
 * (the seed article wraps as `宣佈,` + `部分`) and Markdown as `宣佈,` + `**由下月**`.
 */
export function joinText(first: string, second: string): string {
  if (first === '') return second;
  if (second === '') return first;
  const end = first.slice(-16);
  const start = second.slice(0, 16);
  const edges = [end.slice(-1), start.slice(0, 1), LAST_WORD_CHAR.exec(end)?.[0] ?? '', FIRST_WORD_CHAR.exec(start)?.[0] ?? ''];
  return edges.some((char) => WIDE.test(char)) ? first + second : `${first} ${second}`;
}
