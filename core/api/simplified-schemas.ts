/** The Simplified-column part of the contract (issue 4): vocabulary, variants, reconvert. */
import { z } from 'zod';
import { Cell, Count, Id } from './common-schemas.ts';

export const SourceVariant = z.enum(['hk', 'tw', 't']);
export const StaleReason = z.enum(['source', 'variant', 'vocabulary']);

export const VocabularyEntry = z.strictObject({
  id: Id,
  projectId: Id.nullable(),
  traditional: z.string(),
  simplified: z.string(),
  note: z.string(),
  enabled: z.boolean(),
  origin: z.enum(['starter', 'user']),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const Refresh = z.strictObject({ regenerated: Count, flagged: Count });
export const VocabularyChange = z.strictObject({ entry: VocabularyEntry, refresh: Refresh });

const offsets = { start: Count, end: Count, sourceStart: Count, sourceEnd: Count };
export const DraftSpan = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('vocabulary'), entryId: Id.nullable(), ...offsets }),
  z.strictObject({ kind: z.literal('opencc'), ...offsets }),
]);

/** A Simplified cell with what the drafting knows: whether it is stale, and whether a reconvert can be undone. */
export const SimplifiedCell = Cell.extend({
  machineDraft: z.string().nullable(),
  staleReason: StaleReason.nullable(),
  canUndoReconvert: z.boolean(),
});

const Phrase = z.string().trim().min(1).max(100);
export const VocabularyInput = z.strictObject({
  id: Id.optional(),
  projectId: Id.nullable(),
  traditional: Phrase,
  simplified: Phrase,
  note: z.string().max(1000).default(''),
});
