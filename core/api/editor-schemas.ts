/** The editor part of the contract (issue 6): comments, history, find and replace, trash. */
import { z } from 'zod';
import { CellStatus, Count, Id, TargetLang } from './common-schemas.ts';

export const Revision = z.strictObject({
  id: Id,
  paragraphId: Id,
  lang: TargetLang,
  text: z.string(),
  status: CellStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ReplaceRequest = z.strictObject({
  documentId: Id,
  find: z.string().min(1, 'There is nothing to find').max(1000),
  replace: z.string().max(1000),
  caseSensitive: z.boolean().default(false),
  wholeWord: z.boolean().default(false),
  regex: z.boolean().default(false),
  langs: z.array(TargetLang).min(1).max(2).default(['en', 'zh-Hans']),
});

export const ReplacePreview = z.strictObject({
  paragraphId: Id,
  position: Count,
  lang: TargetLang,
  before: z.string(),
  after: z.string(),
  count: Count,
});

export const TrashEntry = z.strictObject({ id: Id, title: z.string(), deletedAt: z.string() });
