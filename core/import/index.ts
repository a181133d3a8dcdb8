/**
 * Importing a source document: bytes in, paragraphs with kinds and sentence boundaries out.
 * Nothing here touches storage; the service stores the result. See limits.ts for the sizes
 * accepted and encoding.ts for how the encoding is found.
 */
import type { ParagraphKindT } from '../api/contract.ts';
import { WorkbenchError } from '../errors.ts';
import { sentenceRangesOfAll } from '../sentences.ts';
import { trimLayoutSpace } from '../text.ts';
import { readDocx } from './docx.ts';
import { ENCODING_LABELS } from './encoding-names.ts';
import { decodeSource } from './encoding.ts';
import { readHtml } from './html.ts';
import { classify } from './kinds.ts';
import { MAX_SOURCE_BYTES, megabytes } from './limits.ts';
import { readMarkdown } from './markdown.ts';
import { readPlainText } from './plain-text.ts';
import { assertText, declaredCharset, fileStem, sniffBinary, textFormat } from './sniff.ts';
import type { Block, ParsedParagraph, ParsedSource, ParseOptions, SourceFormat } from './types.ts';
import { scanCharacters, type WarningScan } from './warnings.ts';

export { ENCODING_LABELS, SOURCE_ENCODINGS, type SourceEncoding } from './encoding-names.ts';
export { MAX_SOURCE_BYTES } from './limits.ts';
export { SOURCE_FORMATS, type ParsedParagraph, type ParsedSource, type ParseOptions, type SourceFormat, type SourceWarning } from './types.ts';

interface Read {
  format: SourceFormat;
  encoding: ParsedSource['encoding'];
  encodingConfidence: number;
  blocks: Block[];
  /** Warnings found in the decoded file, where line numbers mean something; DOCX is scanned later. */
  scan?: WarningScan;
  pageTitle?: string;
}

function readText(bytes: Uint8Array, { fileName, encoding, format }: ParseOptions): Read {
  const decoded = decodeSource(bytes, encoding, declaredCharset(bytes));
  assertText(decoded.text, fileName);
  const scan = scanCharacters(decoded.text, ENCODING_LABELS[decoded.encoding]);
  const detected = textFormat(decoded.text, fileName, format);
  const base = { format: detected, encoding: decoded.encoding, encodingConfidence: decoded.confidence, scan };
  if (detected === 'html') {
    const { blocks, title } = readHtml(decoded.text);
    return { ...base, blocks, pageTitle: title };
  }
  return { ...base, blocks: detected === 'markdown' ? readMarkdown(decoded.text) : readPlainText(decoded.text) };
}

async function read(bytes: Uint8Array, options: ParseOptions): Promise<Read> {
  if (sniffBinary(bytes, options.fileName, options.format) === 'docx' && (options.format ?? 'docx') === 'docx') {
    return { format: 'docx', encoding: null, encodingConfidence: 1, blocks: await readDocx(bytes, options.fileName) };
  }
  return readText(bytes, options);
}

/** Layout white space (no-break-space indentation, trailing spaces) goes; the text itself stays as written. */
function normalise(blocks: readonly Block[]): Block[] {
  return blocks.map((block) => ({ ...block, text: trimLayoutSpace(block.text.normalize('NFC')) })).filter((block) => block.text !== '');
}

export async function parseSource(bytes: Uint8Array, options: ParseOptions): Promise<ParsedSource> {
  const { fileName } = options;
  if (bytes.length === 0) throw new WorkbenchError('EMPTY_FILE', `${fileName} is empty (0 bytes).`);
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new WorkbenchError(
      'FILE_TOO_LARGE',
      `${fileName} is ${megabytes(bytes.length)}; files of up to ${megabytes(MAX_SOURCE_BYTES)} can be imported. Split it into parts.`,
    );
  }
  const result = await read(bytes, options);
  const blocks = normalise(result.blocks);
  if (blocks.length === 0) throw new WorkbenchError('EMPTY_FILE', `${fileName} has no text to translate.`);

  const kinds = classify(blocks);
  const sentences = sentenceRangesOfAll(blocks.map((block) => block.text));
  const paragraphs: ParsedParagraph[] = blocks.map((block, i) => ({ source: block.text, kind: kinds[i]!, sentences: sentences[i]! }));
  // DOCX has no lines of its own: its warnings count paragraphs as lines.
  const scan = result.scan ?? scanCharacters(paragraphs.map((p) => p.source).join('\n'), 'Word XML');
  const heading = paragraphs.find((p) => p.kind === 'heading')?.source;
  return {
    format: result.format,
    encoding: result.encoding,
    encodingConfidence: result.encodingConfidence,
    title: heading ?? (result.pageTitle || fileStem(fileName)),
    warnings: scan.warnings,
    warningCount: scan.count,
    paragraphs,
  };
}

export type KindCounts = Record<ParagraphKindT, number>;

export function countKinds(paragraphs: readonly Pick<ParsedParagraph, 'kind'>[]): KindCounts {
  const counts: KindCounts = { heading: 0, body: 0, caption: 0, boilerplate: 0 };
  for (const { kind } of paragraphs) counts[kind] += 1;
  return counts;
}

export interface SourcePreview extends Omit<ParsedSource, 'paragraphs'> {
  paragraphCount: number;
  counts: KindCounts;
  /** The first paragraphs, for the preview shown before the import is committed. */
  paragraphs: ParsedParagraph[];
}

/** What the import dialog shows before committing: detection results, counts and the first paragraphs. */
export async function previewSource(bytes: Uint8Array, options: ParseOptions, maxParagraphs = 200): Promise<SourcePreview> {
  const parsed = await parseSource(bytes, options);
  return {
    ...parsed,
    paragraphCount: parsed.paragraphs.length,
    counts: countKinds(parsed.paragraphs),
    paragraphs: parsed.paragraphs.slice(0, maxParagraphs),
  };
}
