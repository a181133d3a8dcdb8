/** The export part of the contract (issue 7): documents out, reviewed files and XLIFF back in. */
import { z } from 'zod';
import { EXPORT_FORMATS } from '../export/formats.ts';
import { CellStatus, Count, FileContent, Id, TargetLang } from './common-schemas.ts';

export const ExportOptions = z.strictObject({
  documentId: Id,
  format: z.enum(EXPORT_FORMATS),
  /** The language of a monolingual edition or an XLIFF file. */
  lang: TargetLang.optional(),
  /** The target columns of a bilingual table. */
  targets: z.array(TargetLang).min(1).max(2).optional(),
  untranslated: z.enum(['omit', 'source']).default('omit'),
  status: z.boolean().optional(),
  comments: z.boolean().optional(),
  headings: z.boolean().optional(),
  boilerplate: z.boolean().optional(),
});

export const ExportResult = z.strictObject({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
  summary: z.strictObject({
    written: Count,
    skipped: Count,
    /** How untranslated paragraphs were handled; null where the format keeps them as empty cells. */
    untranslated: z.enum(['omit', 'source']).nullable(),
    omitted: Count,
    filledWithSource: Count,
  }),
});

export const ReviewChange = z.strictObject({
  paragraphId: Id,
  number: Count,
  lang: TargetLang,
  before: z.string(),
  beforeStatus: CellStatus,
  after: z.string(),
  changedSinceExport: z.boolean(),
});

export const ReviewDiff = z.strictObject({
  documentId: Id,
  exportedAt: z.string().nullable(),
  columns: z.array(TargetLang),
  rows: Count,
  unchanged: Count,
  changes: z.array(ReviewChange),
});

export const XliffImport = z.strictObject({
  documentId: Id,
  lang: TargetLang,
  version: z.string(),
  units: Count,
  unchanged: Count,
  changes: z.array(
    z.strictObject({
      paragraphId: Id,
      before: z.strictObject({ text: z.string(), status: CellStatus }),
      after: z.strictObject({ text: z.string(), status: CellStatus }),
    }),
  ),
  applied: z.boolean(),
});

export const ReviewFile = z.strictObject({ contentBase64: FileContent, documentId: Id.optional() });
