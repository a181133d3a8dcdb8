/** Schemas shared by several parts of the contract. */
import { z } from 'zod';

export const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const TargetLang = z.enum(['en', 'zh-Hans']);
export const CellStatus = z.enum(['empty', 'auto', 'draft', 'translated', 'reviewed']);
export const ParagraphKind = z.enum(['heading', 'body', 'caption', 'boilerplate']);
export const Count = z.number().int().nonnegative();

/** Largest file accepted (32 MiB, see core/import/limits.ts), as base64. */
export const MAX_FILE_BASE64 = Math.ceil((32 * 1024 * 1024 * 4) / 3) + 4;
export const FileContent = z
  .string()
  .max(MAX_FILE_BASE64, 'The file is larger than 32 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file content must be base64');

export const Cell = z.strictObject({
  text: z.string(),
  status: CellStatus,
  updatedAt: z.string(),
});
