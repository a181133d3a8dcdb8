/**
 * Drafting the Simplified column: the vocabulary layer first, OpenCC for the rest.
 *
 * The source is cut into vocabulary matches and the gaps between them, scanning left to
 * right and taking the longest entry at each position, as OpenCC itself segments text. A
 * match consumes its characters, so a shorter entry never fires inside a longer one
 * (電單車 is one match, not 電 + 單車), and an entry listed for a longer phrase guards the
 * shorter one against an accidental hit (的士兵 keeps 的士 out of 受傷的士兵). Matched phrases
 * bypass OpenCC; each gap is converted as OpenCC would convert it on its own, just as OpenCC
 * converts each of its own segments, so with no match the draft is exactly opencc-js's output.
 */
import { toSimplified, type SourceVariant } from '../convert.ts';
import { changedCharacters } from './char-diff.ts';
import type { Vocabulary, VocabularyEntry } from './vocabulary.ts';

export interface DraftOptions {
  variant: SourceVariant;
  vocabulary: Vocabulary;
}

/**
 * A highlighted stretch. All offsets are UTF-16 code units (JavaScript string indexes),
 * end exclusive: start/end in the draft text, sourceStart/sourceEnd in the source.
 */
interface SpanOffsets {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

/** A phrase the vocabulary layer replaced; entryId is null for an entry that is not stored (a TSV file's). */
export interface VocabularySpan extends SpanOffsets {
  kind: 'vocabulary';
  entryId: number | null;
}

/** A run of adjacent characters that OpenCC changed. */
export interface ConversionSpan extends SpanOffsets {
  kind: 'opencc';
}

export type DraftSpan = VocabularySpan | ConversionSpan;

export interface Draft {
  text: string;
  /** In order of position; vocabulary spans and OpenCC spans never overlap. */
  spans: DraftSpan[];
}

/** A stretch of the source: a vocabulary match, or a gap between matches that OpenCC converts. */
interface Piece {
  start: number;
  end: number;
  entry: VocabularyEntry | undefined;
  /** What the piece becomes in the draft. */
  text: string;
}

/**
 * NUL is in no OpenCC table, so gaps joined by NUL convert in one call exactly as each would
 * alone, and the output splits back at the NULs; one call is much cheaper than one per gap.
 * Not when the text holds a NUL itself, or an ideographic description character (U+2FF0–2FFF),
 * whose operands OpenCC would read across the separator.
 */
const UNSAFE_TO_JOIN = /[\0\u2ff0-\u2fff]/u;

function convertGaps(source: string, gaps: readonly string[], variant: SourceVariant): string[] {
  if (gaps.length > 1 && !UNSAFE_TO_JOIN.test(source)) return toSimplified(gaps.join('\0'), variant).split('\0');
  return gaps.map((gap) => toSimplified(gap, variant));
}

/** Cuts the source into vocabulary matches and gaps, in order, and converts each. */
function convertPieces(source: string, { variant, vocabulary }: DraftOptions): Piece[] {
  const pieces: Piece[] = [];
  const gap = (start: number, end: number) => pieces.push({ start, end, entry: undefined, text: '' });
  let at = 0;
  for (let match = vocabulary.nextMatch(source, 0); match; match = vocabulary.nextMatch(source, match.end)) {
    if (at < match.start) gap(at, match.start);
    pieces.push({ start: match.start, end: match.end, entry: match.value, text: match.value.simplified });
    at = match.end;
  }
  if (at < source.length) gap(at, source.length);
  const gaps = pieces.filter((piece) => !piece.entry);
  const converted = convertGaps(source, gaps.map((piece) => source.slice(piece.start, piece.end)), variant);
  gaps.forEach((piece, i) => {
    piece.text = converted[i] ?? '';
  });
  return pieces;
}

/** The draft text alone: the path for bulk conversion (CLI, import), with no span bookkeeping. */
export function simplify(source: string, options: DraftOptions): string {
  if (options.vocabulary.size === 0) return toSimplified(source, options.variant);
  return convertPieces(source, options)
    .map((piece) => piece.text)
    .join('');
}

/** The draft with the spans the UI highlights: vocabulary replacements and OpenCC's changes, separately. */
export function draftSimplified(source: string, options: DraftOptions): Draft {
  let text = '';
  const spans: DraftSpan[] = [];
  for (const { start, end, entry, text: output } of convertPieces(source, options)) {
    const offset = text.length;
    text += output;
    if (entry) {
      spans.push({ kind: 'vocabulary', entryId: entry.id ?? null, start: offset, end: text.length, sourceStart: start, sourceEnd: end });
      continue;
    }
    let last: ConversionSpan | undefined;
    for (const change of changedCharacters(source.slice(start, end), output)) {
      // Adjacent changed characters form one span: fewer, clearer highlights.
      if (last && last.end === offset + change.toStart) {
        last.end = offset + change.toEnd;
        last.sourceEnd = start + change.end;
        continue;
      }
      last = { kind: 'opencc', start: offset + change.toStart, end: offset + change.toEnd, sourceStart: start + change.start, sourceEnd: start + change.end };
      spans.push(last);
    }
  }
  return { text, spans };
}
