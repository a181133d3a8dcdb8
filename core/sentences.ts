/**
 * Sentence boundaries inside a paragraph, for later sub-paragraph matching; the paragraph
 * stays the unit the translator edits. Intl.Segmenter (ICU) does most of the work. Its rules
 * treat every quotation mark as closing punctuation, so after it runs:
 * - an opening quote or bracket left at the end of a sentence moves to the next one
 *   (ICU gives `他問:“真的嗎?”“` | `真的。”`);
 * - a closing quote or bracket that starts a sentence moves back to the one it closes
 *   (`。”` belongs to the sentence before);
 * - a dash straight after the end of a sentence (`。——`, also written `。――` in Big5 text)
 *   continues that sentence, as an attribution or an aside does.
 */
export type SentenceRange = [start: number, end: number];

const segmenter = new Intl.Segmenter('zh-Hant', { granularity: 'sentence' });

const OPENING = new Set('“‘「『(([{〈《【〔〖〝«');
const CLOSING = new Set('”’」』))]}〉》】〕〗〞»');
const DASH = /^\s*[—―─–]/u;
const SPACE = /\s/u;

function adjust(text: string, boundary: number, previous: number, next: number): number | undefined {
  let at = boundary;
  while (at > previous + 1 && OPENING.has(text[at - 1]!)) at -= 1;
  while (at < next && CLOSING.has(text[at]!)) at += 1;
  if (DASH.test(text.slice(at, next))) return undefined;
  return at > previous && at < next ? at : undefined;
}

/** Turns ICU's segment starts inside one paragraph into adjusted, trimmed ranges. */
function toRanges(paragraph: string, starts: readonly number[]): SentenceRange[] {
  const boundaries = [0];
  starts.forEach((start, i) => {
    const at = adjust(paragraph, start, boundaries.at(-1)!, starts[i + 1] ?? paragraph.length);
    if (at !== undefined) boundaries.push(at);
  });
  boundaries.push(paragraph.length);

  const ranges: SentenceRange[] = [];
  for (let i = 0; i + 1 < boundaries.length; i += 1) {
    let start = boundaries[i]!;
    let end = boundaries[i + 1]!;
    while (start < end && SPACE.test(paragraph[start]!)) start += 1;
    while (end > start && SPACE.test(paragraph[end - 1]!)) end -= 1;
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}

/** About this many characters go to ICU at once. */
const BATCH_CHARS = 64 * 1024;

/**
 * The sentence ranges of many paragraphs. They go to ICU in batches joined by line breaks,
 * which always end a sentence, so the boundaries are those of each paragraph on its own; but
 * ICU is set up once per batch instead of once per paragraph (15 times faster on the 20 MB
 * benchmark, and without the native memory each set-up holds until garbage collection).
 */
export function sentenceRangesOfAll(paragraphs: readonly string[]): SentenceRange[][] {
  const result: SentenceRange[][] = [];
  for (let first = 0; first < paragraphs.length; ) {
    let end = first + 1;
    let size = paragraphs[first]!.length;
    while (end < paragraphs.length && size + paragraphs[end]!.length < BATCH_CHARS) size += paragraphs[end++]!.length + 1;
    const batch = paragraphs.slice(first, end);
    const starts: number[][] = batch.map(() => []);
    let k = 0;
    let offset = 0;
    for (const { index } of segmenter.segment(batch.join('\n'))) {
      while (k < batch.length - 1 && index > offset + batch[k]!.length) offset += batch[k++]!.length + 1;
      const local = index - offset;
      if (local > 0 && local < batch[k]!.length) starts[k]!.push(local);
    }
    batch.forEach((paragraph, i) => result.push(toRanges(paragraph, starts[i]!)));
    first = end;
  }
  return result;
}

/** [start, end) offsets (UTF-16 code units) of each sentence, without surrounding white space. */
export function sentenceRanges(paragraph: string): SentenceRange[] {
  return sentenceRangesOfAll([paragraph])[0]!;
}
