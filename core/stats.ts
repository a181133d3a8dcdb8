/**
 * Counts translators are paid and planned by: Chinese is counted in characters without
 * punctuation or spaces, English in words.
 */
const HAN = /\p{Script=Han}/u;

export function chineseCharCount(text: string): number {
  let count = 0;
  for (const char of text) if (HAN.test(char)) count += 1;
  return count;
}

/** Words as word processors count them: runs between spaces that hold a letter or a digit. */
export function englishWordCount(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
