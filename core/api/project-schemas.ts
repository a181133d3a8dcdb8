/**
 * The projects part of the contract. A project groups documents and owns what they share: its
 * writable translation memory, the memories attached to it, its glossary, its Simplified
 * vocabulary and its spelling words.
 */
import { z } from 'zod';
import { Count, Id } from './common-schemas.ts';
import { Refresh } from './simplified-schemas.ts';

/** Cells with status translated or reviewed, per target language. */
export const ConfirmedCounts = z.strictObject({ en: Count, 'zh-Hans': Count });

export const ProjectName = z
  .string()
  .trim()
  .min(1, 'A project needs a name')
  .max(200, 'A project name may hold at most 200 characters')
  .refine((name) => !/\p{Cc}/u.test(name), 'A project name is one line, without control characters');

export const ProjectSummary = z.strictObject({
  id: Id,
  name: z.string(),
  createdAt: z.string(),
  /** Its documents outside the trash, and their paragraphs and confirmed cells added up. */
  documentCount: Count,
  paragraphCount: Count,
  confirmed: ConfirmedCounts,
});

export const DocumentMove = z.strictObject({ documentId: Id, projectId: Id });

/** Where the document was and is, and the Simplified drafts redone with the new project's vocabulary and glossary. */
export const DocumentMoveOutcome = DocumentMove.extend({ fromProjectId: Id, refresh: Refresh });

export type ProjectSummaryT = z.infer<typeof ProjectSummary>;
