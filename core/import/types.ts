import type { ParagraphKindT } from '../api/contract.ts';
import type { SentenceRange } from '../sentences.ts';
import type { SourceEncoding } from './encoding-names.ts';

export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'docx'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface ParseOptions {
  /** Used for messages and as a format hint (by extension); never opened. */
  fileName: string;
  /** The user's override of the detected encoding (text formats only). */
  encoding?: SourceEncoding;
  /** The user's override of the detected format. */
  format?: SourceFormat;
}

/**
 * A character the translator should look at: a private-use code point (shows only with a
 * matching font) or U+FFFD (bytes that did not decode). Lines and columns count from 1, columns
 * in code points. For text formats they point into the file; for DOCX, `line` is the paragraph.
 */
export interface SourceWarning {
  line: number;
  column: number;
  codePoint: number;
  message: string;
}

export interface ParsedParagraph {
  source: string;
  kind: ParagraphKindT;
  /** Sentence boundaries: [start, end) offsets into `source` (UTF-16 code units). */
  sentences: SentenceRange[];
}

export interface ParsedSource {
  format: SourceFormat;
  /** The encoding the bytes were decoded with; null for DOCX, whose XML declares its own. */
  encoding: SourceEncoding | null;
  /** 0–1: 1 for a BOM, valid UTF-8 or a user override; the detector's own figure otherwise. */
  encodingConfidence: number;
  /** A title to offer: the first heading, else the file name without its extension. */
  title: string;
  /** The first MAX_WARNINGS warnings; `warningCount` counts them all. */
  warnings: SourceWarning[];
  warningCount: number;
  paragraphs: ParsedParagraph[];
}

/** A run of text as a format reader found it, before whitespace normalisation and classification. */
export interface Block {
  text: string;
  /** A kind the markup states (an HTML heading, a DOCX caption style); heuristics fill in the rest. */
  hint?: ParagraphKindT;
  /** True when all its text is inside links; undefined when the format cannot tell (plain text). */
  linkOnly?: boolean;
}
