/**
 * `workbench undo|redo DOC`: the document-wide undo and redo of the translator's cell changes made
 * in the app; `workbench review-changes DOC`: what changed in cells since they were translated.
 */
import type { TargetLangT } from '../../core/api/contract.ts';
import type { HistoryActionT, HistoryOutcomeT } from '../../core/api/history-schemas.ts';
import { LANGUAGE_SHORT, STATUS_LABEL } from '../../core/export/labels.ts';
import { idArgument, plural, type Command, type CommandContext } from '../command.ts';

const ACTION_NAME: Record<HistoryActionT, string> = { edit: 'edit', confirm: 'confirmation', review: 'review', restore: 'restored revision' };

const cellName = (position: number, lang: TargetLangT) => `#${position + 1} ${LANGUAGE_SHORT[lang]}`;

function describe(outcome: HistoryOutcomeT, direction: 'undo' | 'redo', documentId: number): string {
  if (outcome.result === 'nothing') return `Nothing to ${direction} in document ${documentId}`;
  const { position, lang, action } = outcome.step;
  const step = `the ${ACTION_NAME[action]} of ${cellName(position, lang)}`;
  if (outcome.result === 'stale') {
    // Find and replace, reconverts and imports have undo commands of their own; the step would overwrite them.
    return `Dropped ${step}: the cell was changed since in another way, so nothing changed (run ${direction} again for the next step)`;
  }
  return `${direction === 'undo' ? 'Undid' : 'Redid'} ${step}; it now reads “${outcome.cell.text}” (${STATUS_LABEL[outcome.cell.status]})`;
}

function historyCommand(direction: 'undo' | 'redo', usage: string): Command {
  return {
    name: direction,
    usage,
    async run(context) {
      const documentId = idArgument(context.args[0], `${direction} needs a DOC id`);
      const { api } = context.backend();
      const outcome = await (direction === 'undo' ? api.undoDocumentEdit({ documentId }) : api.redoDocumentEdit({ documentId }));
      context.print(outcome, describe(outcome, direction, documentId));
    },
  };
}

export const undoCommand = historyCommand(
  'undo',
  `undo DOC                             take back the last cell change made to document DOC in the app
                                       (an edit, a confirmation, a review or a restored revision)`,
);
export const redoCommand = historyCommand('redo', 'redo DOC                             make again the last change undo took back in document DOC');

async function reviewChanges(context: CommandContext): Promise<void> {
  const documentId = idArgument(context.args[0], 'review-changes needs a DOC id');
  const { api } = context.backend();
  const changes = await api.getReviewChanges({ documentId });
  const positions = new Map((await api.getDocument({ documentId })).paragraphs.map((p) => [p.id, p.position]));
  const lines = changes.map((c) => `${cellName(positions.get(c.paragraphId)!, c.lang)}\t${c.translatedText} → ${c.currentText}`);
  const head = changes.length === 0 ? `No cell of document ${documentId} has changed since it was translated` : `${plural(changes.length, 'cell')} of document ${documentId} changed since translation:`;
  context.print(changes, [head, ...lines].join('\n'));
}

export const reviewChangesCommand: Command = {
  name: 'review-changes',
  usage: `review-changes DOC                   the cells of document DOC whose text differs from what it was when
                                       last confirmed as translated: #paragraph column, translated → current`,
  run: reviewChanges,
};
