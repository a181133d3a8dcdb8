/**
 * Brackets and quotes that open and never close, or close without opening. A quotation that runs
 * over several paragraphs is left open on purpose; so a kind of pair that is already unbalanced
 * in the source is not flagged in the translation.
 */
import { issue, type QaCell, type QaIssue, type QaRange } from './types.ts';

const PAIRS: Record<string, string> = { '「': '」', '『': '』', '“': '”', '《': '》', '〈': '〉', '（': '）', '(': ')', '【': '】', '[': ']' };
const CLOSING = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/** Pairs that translate into each other (「」 often becomes “”), compared as one family. */
const FAMILY: Record<string, string> = {
  '「': 'quote', '」': 'quote', '『': 'quote', '』': 'quote', '“': 'quote', '”': 'quote', '"': 'quote',
  '《': 'title', '》': 'title', '〈': 'title', '〉': 'title',
  '（': 'paren', '）': 'paren', '(': 'paren', ')': 'paren', '【': 'paren', '】': 'paren', '[': 'paren', ']': 'paren',
};

interface Unmatched extends QaRange {
  char: string;
}

/** The marks without a partner, scanning with a stack; straight double quotes pair by count. */
export function unmatchedMarks(text: string): Unmatched[] {
  const stack: Unmatched[] = [];
  const unmatched: Unmatched[] = [];
  let straight: Unmatched | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      straight = straight ? null : { char, start: i, end: i + 1 };
    } else if (PAIRS[char] !== undefined) {
      stack.push({ char, start: i, end: i + 1 });
    } else if (CLOSING.has(char)) {
      if (stack.at(-1)?.char === CLOSING.get(char)) stack.pop();
      else unmatched.push({ char, start: i, end: i + 1 });
    }
  }
  return [...unmatched, ...stack, ...(straight ? [straight] : [])].sort((a, b) => a.start - b.start);
}

export function checkBrackets(cell: QaCell): QaIssue[] {
  const openInSource = new Set(unmatchedMarks(cell.source).map((m) => FAMILY[m.char]));
  const marks = unmatchedMarks(cell.target).filter((m) => !openInSource.has(FAMILY[m.char]));
  if (marks.length === 0) return [];
  const chars = [...new Set(marks.map((m) => m.char))].join(' ');
  return [
    issue('unbalanced', 'warning', cell.lang, chars, { code: 'unbalanced', params: { chars } }, {
      ranges: marks.map(({ start, end }) => ({ start, end })),
    }),
  ];
}
