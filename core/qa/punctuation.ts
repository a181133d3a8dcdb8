/**
 * Punctuation by script: a Simplified cell writes Chinese punctuation (，：) between Chinese
 * characters, an English cell writes none of it, and a translation ends the way its source does.
 */
import type { QaMessage } from './messages.ts';
import { issue, type QaCell, type QaEdit, type QaIssue } from './types.ts';

const FULL_WIDTH_OF: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
// The ASCII mark with any spaces around it, between a Chinese character (or a Chinese closing
// mark) and a Chinese character (or a Chinese opening mark): 机器人,动作 but not 1,000 or "AI, ML".
const ASCII_BETWEEN_HAN = /(?<=[\p{Script=Han}」』”》）〉])[ \t]*([,:;?!])[ \t]*(?=[\p{Script=Han}「『“《（〈])/gu;

export function checkAsciiPunctuation(cell: QaCell): QaIssue[] {
  if (cell.lang !== 'zh-Hans') return [];
  const byMark = new Map<string, QaEdit[]>();
  for (const match of cell.target.matchAll(ASCII_BETWEEN_HAN)) {
    const mark = match[1]!;
    const edits = byMark.get(mark) ?? [];
    edits.push({ start: match.index, end: match.index + match[0].length, text: FULL_WIDTH_OF[mark]! });
    byMark.set(mark, edits);
  }
  return [...byMark.entries()].map(([mark, edits]) =>
    issue('ascii-punctuation', 'warning', cell.lang, mark, { code: 'asciiPunctuation', params: { mark, fullWidth: FULL_WIDTH_OF[mark]! } }, {
      ranges: edits.map(({ start, end }) => ({ start, end })),
      fix: edits,
    }),
  );
}

/** English for each Chinese mark; the book-title marks 《》 have none (italics or quotes are an editor's choice). */
const ENGLISH_OF: Record<string, string> = {
  '\u3000': ' ', '。': '.', '、': ',', '「': '“', '」': '”', '『': '‘', '』': '’', '【': '[', '】': ']', '〔': '(', '〕': ')',
  '｡': '.', '､': ',', '｢': '“', '｣': '”', '～': '~', '〜': '~',
};
const CHINESE_PUNCTUATION = /[\u3000-\u303f\uff01-\uff5e\uff61-\uff64]/gu;
const FOLLOWED_BY_WORD = /^[\p{L}\p{N}]/u;

function englishFor(char: string): string | undefined {
  const code = char.charCodeAt(0);
  // Full-width ASCII (，！（ １) is its ASCII twin.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ENGLISH_OF[char];
}

/** The ideographic space is invisible, so the message names it instead of listing it. */
function fullWidthMessage(chars: string): QaMessage {
  const marks = chars.replace('\u3000', '');
  if (marks === chars) return { code: 'fullWidthInEnglish', params: { chars } };
  return marks === '' ? { code: 'ideographicSpaceInEnglish', params: {} } : { code: 'fullWidthAndSpaceInEnglish', params: { chars: marks } };
}

export function checkFullWidthInEnglish(cell: QaCell): QaIssue[] {
  if (cell.lang !== 'en') return [];
  const matches = [...cell.target.matchAll(CHINESE_PUNCTUATION)];
  if (matches.length === 0) return [];
  const ranges = matches.map((m) => ({ start: m.index, end: m.index + 1 }));
  const replacements = matches.map((m) => {
    const english = englishFor(m[0]);
    // "a，b" becomes "a, b": English sets a space after , . ; : ? !
    const space = english !== undefined && /[,.;:?!]/u.test(english) && FOLLOWED_BY_WORD.test(cell.target.slice(m.index + 1)) ? ' ' : '';
    return english === undefined ? undefined : { start: m.index, end: m.index + 1, text: english + space };
  });
  const fix = replacements.every((r) => r !== undefined) ? replacements : null;
  const chars = [...new Set(matches.map((m) => m[0]))].sort().join('');
  return [issue('full-width-in-english', 'warning', cell.lang, chars, fullWidthMessage(chars), { ranges, fix })];
}

type EndMark = '.' | '?' | '!' | ':' | ';' | ',' | '…' | 'none';

const END_CLASS: Record<string, EndMark> = {
  '。': '.', '.': '.', '．': '.', '｡': '.', '?': '?', '？': '?', '!': '!', '！': '!',
  ':': ':', '：': ':', ';': ';', '；': ';', ',': ',', '，': ',', '、': ',', '…': '…', '⋯': '…',
};
const CLOSERS = /[\s"'”’」』》）)\]】〉]+$/u;
const MARK_FOR: Record<'en' | 'zh-Hans', Record<Exclude<EndMark, 'none'>, string>> = {
  en: { '.': '.', '?': '?', '!': '!', ':': ':', ';': ';', ',': ',', '…': '…' },
  'zh-Hans': { '.': '。', '?': '？', '!': '！', ':': '：', ';': '；', ',': '，', '…': '……' },
};

/** The end mark of a text, looking through closing quotes and brackets, and where it stands. */
function endMark(text: string): { mark: EndMark; start: number; end: number } {
  const end = text.length - (CLOSERS.exec(text)?.[0].length ?? 0);
  const body = text.slice(0, end);
  const ellipsis = /(?:\.\.\.|…+|⋯+)$/u.exec(body);
  if (ellipsis) return { mark: '…', start: ellipsis.index, end };
  const last = body.slice(-1);
  const mark = END_CLASS[last];
  return mark === undefined ? { mark: 'none', start: end, end } : { mark, start: end - 1, end };
}

export function checkEndPunctuation(cell: QaCell): QaIssue[] {
  if (cell.target.trim() === '') return [];
  const source = endMark(cell.source);
  const target = endMark(cell.target);
  if (source.mark === target.mark) return [];
  const text = source.mark === 'none' ? '' : MARK_FOR[cell.lang][source.mark];
  const message: QaMessage =
    source.mark === 'none'
      ? { code: 'endPunctuationExtra', params: { target: target.mark } }
      : target.mark === 'none'
        ? { code: 'endPunctuationMissing', params: { source: source.mark } }
        : { code: 'endPunctuationDiffers', params: { source: source.mark, target: target.mark } };
  return [
    issue('end-punctuation', 'info', cell.lang, `${source.mark}>${target.mark}`, message, {
      ranges: target.mark === 'none' ? [] : [{ start: target.start, end: target.end }],
      sourceRanges: source.mark === 'none' ? [] : [{ start: source.start, end: source.end }],
      fix: [{ start: target.start, end: target.end, text }],
    }),
  ];
}
