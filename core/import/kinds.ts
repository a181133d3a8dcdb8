/**
 * Paragraph kinds by general heuristics, for text that arrives without markup (a web article
 * copied from a browser) and to fill in what markup does not say:
 * - boilerplate: page furniture (breadcrumbs, share and font-size widgets, date/source and
 *   editor lines, print/copyright lines) and a trailing run of short link-like lines
 *   (a "related articles" list);
 * - caption: a short photo-credit or picture line;
 * - heading: a short line without closing punctuation standing alone between body paragraphs,
 *   or the first line of the document (its title);
 * - body: everything else.
 */
import type { ParagraphKindT } from '../api/contract.ts';
import type { Block } from './types.ts';

const SHORT = 50;
const TRAILING_RUN = 3;

const length = (text: string) => [...text].length;

/** Ends like a sentence or a lead-in, so it is not a title. Closing quotes and brackets are looked through. */
const ENDS_SENTENCE = /[。.!?!?;;::,,、…][\s”’」』)\])》〉"']*$/u;
/** Wholly in round brackets: an author's note or a disclaimer, written as a sentence. */
const PARENTHESISED = /^[((].*[))]$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/u;

/** Page furniture, recognised by what it is for rather than by any one site's wording. */
const WIDGETS: readonly RegExp[] = [
  // Breadcrumb: short labels joined by arrows or chevrons.
  /^[^。!?!?]{1,16}(?:\s*(?:->|→|>|»|›|>)\s*[^。!?!?]{1,16}){1,6}$/u,
  // Share, font-size, print and navigation widgets: a label, a colon and a few buttons at most.
  /^【?\s*(?:分享到|分享至|share(?: this| on)?)\s*(?:[::].{0,30})?$/iu,
  /^【?\s*(?:字號|字号|字體|字体|字級|字级|font size)\s*[::]/iu,
  /^【?\s*(?:打印|列印|關閉|关闭|返回頂部|返回顶部|print|close|back to top)\s*】?$/iu,
  /^(?:上一篇|下一篇|previous|next)\s*[::]/iu,
  // Editor and copyright lines.
  /^[【[((]?\s*(?:責任編輯|责任编辑|責編|责编|編輯|编辑|editor)\s*[::]/iu,
  /(?:版權所有|版权所有|copyright|©)/iu,
];

/** A dateline with a source or time: "2025-03-18 11:02 | 稿件來源:…". */
function isDateline(text: string): boolean {
  if (!DATE.test(text) || ENDS_SENTENCE.test(text) || length(text) > 60) return false;
  return /(?:來源|来源|出處|出处|source|發佈|发布|更新|\d{1,2}:\d{2})/iu.test(text);
}

function isWidget(text: string): boolean {
  if (length(text) > 60) return false;
  return WIDGETS.some((pattern) => pattern.test(text)) || isDateline(text);
}

/** A picture line: "圖為…", "圖:…", "Photo: …", or a short credit ending in 圖片/攝. */
function isCaption(text: string): boolean {
  if (length(text) > 80) return false;
  if (/^(?:圖|图|相|photo|image|picture)\s*(?:為|为|[::/|])/iu.test(text)) return true;
  return length(text) <= 30 && !ENDS_SENTENCE.test(text) && /(?:圖片|图片|相片|照片|攝|摄|供圖|供图)$/u.test(text);
}

/** Could be a title: short, has words, not a sentence, not a bracketed note. */
function isTitleLike(text: string): boolean {
  return length(text) <= SHORT && HAS_WORD.test(text) && !ENDS_SENTENCE.test(text) && !PARENTHESISED.test(text);
}

/** Looks like one entry of a list of links: short and not a full-stopped sentence or a note. */
function isLinkLike(block: Block): boolean {
  if (block.linkOnly !== undefined) return block.linkOnly;
  return length(block.text) <= SHORT && !/[。.;;]/u.test(block.text) && !PARENTHESISED.test(block.text);
}

/** Marks the trailing run of link-like lines (widgets may sit inside it) when it has enough links. */
function markTrailingLinks(blocks: readonly Block[], kinds: (ParagraphKindT | undefined)[]): void {
  let links = 0;
  let start = blocks.length;
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    if (kinds[i] === 'boilerplate') start = i;
    else if (kinds[i] === undefined && isLinkLike(blocks[i]!)) {
      links += 1;
      start = i;
    } else break;
  }
  if (links >= TRAILING_RUN) for (let i = start; i < blocks.length; i += 1) kinds[i] = 'boilerplate';
}

/** The kind of each block, in order. */
export function classify(blocks: readonly Block[]): ParagraphKindT[] {
  const kinds: (ParagraphKindT | undefined)[] = blocks.map((block) => {
    if (block.hint) return block.hint;
    if (isWidget(block.text)) return 'boilerplate';
    if (isCaption(block.text)) return 'caption';
    return undefined;
  });
  markTrailingLinks(blocks, kinds);

  // A title-like line is a heading when the content paragraphs on both sides of it are not
  // title-like themselves (a run of short lines is a list, not a series of headings).
  const content = blocks.map((_, i) => i).filter((i) => kinds[i] !== 'boilerplate' && kinds[i] !== 'caption');
  const titleLike = (i: number | undefined) => i !== undefined && kinds[i] === undefined && isTitleLike(blocks[i]!.text);
  content.forEach((i, n) => {
    if (!titleLike(i)) return;
    const previous = content[n - 1];
    const next = content[n + 1];
    const alone = !titleLike(previous) && next !== undefined && !titleLike(next);
    if (alone) kinds[i] = 'heading';
  });
  return kinds.map((kind) => kind ?? 'body');
}
