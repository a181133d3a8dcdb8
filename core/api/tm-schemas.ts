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

/** One memory a project looks up: its own (writable, no penalty) or one attached read-only. */
export const ProjectMemory = z.strictObject({ tmId: Id, name: z.string(), penalty: z.number().int().min(0).max(100), writable: z.boolean() });

/** A page of a memory's units in the manager: newest first, optionally those containing a term. */
export const TmUnitQuery = z.strictObject({
  tmId: Id,
  query: z.string().trim().max(200).default(''),
  offset: Count.max(100_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
