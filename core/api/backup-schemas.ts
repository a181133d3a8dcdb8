/** The backups part of the contract (issue 10): list, make and restore backups, and how many to keep. */
import { z } from 'zod';
import { Count } from './common-schemas.ts';

export const BACKUP_REASONS = ['startup', 'daily', 'migration', 'restore', 'manual'] as const;
export const DEFAULT_BACKUPS_KEPT = 10;
/** Each backup is a whole copy of the database, so a limit keeps a typo from filling the disk. */
export const MAX_BACKUPS_KEPT = 100;

export const BackupEntry = z.strictObject({
  /** The file name in the backups folder: what restoreBackup takes. */
  name: z.string(),
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.string(),
  bytes: Count,
});

export const BackupsKept = z
  .number()
  .int('The number of backups to keep must be a whole number')
  .min(1, 'Keep at least 1 backup')
  .max(MAX_BACKUPS_KEPT, `Keep at most ${MAX_BACKUPS_KEPT} backups`);

export const BackupSettings = z.strictObject({ keep: BackupsKept, folder: z.string() });

export const BackupName = z.string().min(1, 'Name the backup to restore').max(255);

export const RestoreOutcome = z.strictObject({
  restored: BackupEntry,
  /** The state the restore replaced, saved first so that the restore itself can be undone. */
  safety: BackupEntry,
});

export type BackupEntryT = z.infer<typeof BackupEntry>;
export type BackupReasonT = BackupEntryT['reason'];
