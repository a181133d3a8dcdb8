/** Long operations the user can watch and cancel (see service/jobs.ts). */
import { z } from 'zod';
import { Count } from './common-schemas.ts';

/** Chosen by the caller, so it can ask for progress while its call is still running. */
export const JobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'A job id is 8 to 64 letters, digits or hyphens');

/** reading: the input; drafting: Simplified drafts; building: the output file; saving: the database write. */
export const JobPhase = z.enum(['reading', 'drafting', 'building', 'saving']);

export const JobStatus = z.strictObject({
  state: z.enum(['running', 'finished', 'failed', 'cancelled']),
  phase: JobPhase,
  /** Units of work done out of total (bytes, paragraphs); total 0 means not known yet. */
  done: Count,
  total: Count,
});

export type JobPhaseT = z.infer<typeof JobPhase>;
export type JobStatusT = z.infer<typeof JobStatus>;

/** What long-running domain code calls between chunks: records progress and may throw CANCELLED. */
export type Checkpoint = (phase: JobPhaseT, done: number, total: number) => Promise<void>;
