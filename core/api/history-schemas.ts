/** Document-wide undo and redo of the translator's cell changes (issue 6; see service/history.ts). */
import { z } from 'zod';
import { Cell, Count, Id, TargetLang } from './common-schemas.ts';

/** What one step did to its cell: a typing session, a confirmation, a review, a restored revision. */
export const HistoryAction = z.enum(['edit', 'confirm', 'review', 'restore']);

const StepRef = z.strictObject({ paragraphId: Id, position: Count, lang: TargetLang, action: HistoryAction });

/**
 * applied: the cell now holds the step's other side. stale: the cell had been changed since in
 * another way (find and replace, a reconvert, an import), so the step was dropped and nothing
 * else changed. nothing: the stack is empty.
 */
export const HistoryOutcome = z.discriminatedUnion('result', [
  z.strictObject({ result: z.literal('applied'), step: StepRef, cell: Cell }),
  z.strictObject({ result: z.literal('stale'), step: StepRef }),
  z.strictObject({ result: z.literal('nothing') }),
]);

export type HistoryActionT = z.infer<typeof HistoryAction>;
export type HistoryOutcomeT = z.infer<typeof HistoryOutcome>;
