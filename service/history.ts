/**
 * Document-wide undo and redo of the translator's cell changes, kept in the database so they
 * are atomic and survive a reload or a restart.
 *
 * One step is one of: a typing session in one cell (its debounced saves, with nothing else
 * recorded in the document between them and no pause of a minute or more), a confirmation,
 * a review, or a restored revision. Find and replace, reconverts, paragraph edits and imports
 * have undo commands of their own and are not steps. When undo or redo reaches a step whose
 * cell one of them has changed since, the step is dropped and reported as stale, so their
 * result is never overwritten; pressing again goes on with the step before.
 *
 * Undo and redo write the cell as a new revision, so its revision history shows them too.
 * The translation memory keeps what a confirmation stored in it.
 */
import type { TargetLangT } from '../core/api/contract.ts';
import type { HistoryActionT, HistoryOutcomeT } from '../core/api/history-schemas.ts';
import { WorkbenchError } from '../core/errors.ts';
import type { CellState, HistoryStep } from '../db/cell-history.ts';
import type { Store } from '../db/store.ts';

export interface CellChange {
  paragraphId: number;
  lang: TargetLangT;
  action: HistoryActionT;
  now: string;
}

const state = ({ text, status }: CellState): CellState => ({ text, status });
const same = (a: CellState, b: CellState) => a.text === b.text && a.status === b.status;

/** Runs a translator's change of one cell and records it as an undoable step, in one transaction. */
export function recordCellChange<T>(store: Store, { paragraphId, lang, action, now }: CellChange, change: () => T): T {
  return store.transaction(() => {
    const before = store.targets.find(paragraphId, lang);
    const result = change();
    const after = store.targets.find(paragraphId, lang);
    const paragraph = store.targets.paragraph(paragraphId);
    if (before && after && paragraph && !same(before, after)) {
      store.history.record({ documentId: paragraph.documentId, paragraphId, lang, action, before: state(before), after: state(after) }, now);
    }
    return result;
  });
}

type Direction = 'undo' | 'redo';

/** Takes the top step of the document's undo or redo stack back or forward. */
function move(store: Store, documentId: number, direction: Direction, now: string): HistoryOutcomeT {
  if (!store.documents.find(documentId)) throw new WorkbenchError('NOT_FOUND', `Document ${documentId} does not exist`);
  return store.transaction((): HistoryOutcomeT => {
    const step: HistoryStep | undefined = direction === 'undo' ? store.history.lastDone(documentId) : store.history.firstUndone(documentId);
    if (!step) return { result: 'nothing' };
    const { paragraphId, lang, action } = step;
    const paragraph = store.targets.paragraph(paragraphId);
    const current = store.targets.find(paragraphId, lang);
    // The rows go with their cell (foreign keys), so both are there; checked for the types' sake.
    if (!paragraph || !current) throw new WorkbenchError('NOT_FOUND', `Paragraph ${paragraphId} has no ${lang} cell`);
    const ref = { paragraphId, position: paragraph.position, lang, action };
    const [from, to] = direction === 'undo' ? [step.after, step.before] : [step.before, step.after];
    if (!same(current, from)) {
      store.history.drop(step.id);
      return { result: 'stale', step: ref };
    }
    const cell = store.targets.write(paragraphId, lang, { ...to, updatedAt: now }, { newRevision: true });
    store.history.setUndone(step.id, direction === 'undo');
    return { result: 'applied', step: ref, cell };
  });
}

export function undoDocumentEdit(store: Store, documentId: number, now: string): HistoryOutcomeT {
  return move(store, documentId, 'undo', now);
}

export function redoDocumentEdit(store: Store, documentId: number, now: string): HistoryOutcomeT {
  return move(store, documentId, 'redo', now);
}
