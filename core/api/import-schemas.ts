/** The import part of the contract (issue 3): preview, import, paragraph edits. */
import { z } from 'zod';
import { SOURCE_ENCODINGS } from '../import/encoding-names.ts';
import { SOURCE_FORMATS } from '../import/types.ts';
import { Count, FileContent, Id, ParagraphKind } from './common-schemas.ts';

export const SourceFile = z.strictObject({
  fileName: z.string().min(1).max(300),
  contentBase64: FileContent,
  /** The user's override of the detected encoding or format. */
  encoding: z.enum(SOURCE_ENCODINGS).optional(),
  format: z.enum(SOURCE_FORMATS).optional(),
});

const Detection = {
  format: z.enum(SOURCE_FORMATS),
  encoding: z.enum(SOURCE_ENCODINGS).nullable(),
  encodingConfidence: z.number().min(0).max(1),
  title: z.string(),
  warnings: z.array(z.strictObject({ line: Count, column: Count, codePoint: Count, message: z.string() })),
  warningCount: Count,
  paragraphCount: Count,
  counts: z.strictObject({ heading: Count, body: Count, caption: Count, boilerplate: Count }),
};

export const ImportPreview = z.strictObject({
  ...Detection,
  paragraphs: z.array(
    z.strictObject({ source: z.string(), kind: ParagraphKind, sentences: z.array(z.tuple([Count, Count])) }),
  ),
});

export const ImportOutcome = z.strictObject({ ...Detection, documentId: Id });

export const ParagraphEditOutcome = z.strictObject({
  editId: Id,
  kind: z.enum(['split', 'merge', 'inclusion', 'boilerplate']),
  documentId: Id,
  paragraphIds: z.array(Id),
});
