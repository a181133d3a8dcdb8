/** The translation-memory part of the contract (issue 5), beyond the matches for a paragraph. */
import { z } from 'zod';
import { Count, Id } from './common-schemas.ts';

const Range = z.strictObject({ start: Count, end: Count });

export const ConcordanceResult = z.strictObject({
  hits: z.array(
    z.strictObject({
      unitId: Id,
      tmId: Id,
      tmName: z.string(),
      source: z.string(),
      en: z.string().nullable(),
      zhHans: z.string().nullable(),
      origin: z.string(),
      updatedAt: z.string(),
      highlights: z.strictObject({ source: z.array(Range), en: z.array(Range), zhHans: z.array(Range) }),
    }),
  ),
  /** True when the search stopped at its limit: there may be more. */
  more: z.boolean(),
});

export const TmStats = z.strictObject({
  memories: z.array(z.strictObject({ id: Id, name: z.string(), projectId: Id.nullable(), units: Count, createdAt: z.string() })),
  units: Count,
});

export const TmxImportReport = z.strictObject({
  tmId: Id,
  read: Count,
  imported: Count,
  skipped: z.strictObject({ noSource: Count, noTranslation: Count }),
  languages: z.record(z.string(), Count),
});
