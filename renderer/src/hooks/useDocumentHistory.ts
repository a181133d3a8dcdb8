import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GridCellT, TargetLangT } from '../../../core/api/contract.ts';
import type { HistoryOutcomeT } from '../../../core/api/history-schemas.ts';
import { api } from '../api.ts';

export type HistoryDirection = 'undo' | 'redo';

/** What the last undo or redo did, for the short message next to the buttons. */
export interface HistoryReport {
  direction: HistoryDirection;
  outcome: HistoryOutcomeT;
}

interface Options {
  documentId: number | null;
  /** Sends what is still waiting in the save queue. */
  flush: () => Promise<void>;
  applyCell: (paragraphId: number, lang: TargetLangT, cell: Partial<GridCellT>) => void;
  focusCell: (paragraphId: number, lang: TargetLangT) => void;
  /** The sidebar's progress figures follow confirmations. */
  onDocumentsChanged: () => Promise<void>;
  onError: (error: unknown) => void;
}

const REPORT_MS = 8000;

/**
 * Document-wide undo and redo of cell changes (the backend keeps the stacks: service/history.ts).
 * Text typed a moment ago is saved first, so it is part of the step undone; then the changed
 * cell is shown, focused, with a message saying what happened.
 */
export function useDocumentHistory({ documentId, flush, applyCell, focusCell, onDocumentsChanged, onError }: Options) {
  const [report, setReport] = useState<HistoryReport | null>(null);

  useEffect(() => setReport(null), [documentId]);
  useEffect(() => {
    if (report === null) return;
    const timer = setTimeout(() => setReport(null), REPORT_MS);
    return () => clearTimeout(timer);
  }, [report]);

  const run = useCallback(
    async (direction: HistoryDirection) => {
      if (documentId === null) return;
      try {
        await flush();
        const outcome = await (direction === 'undo' ? api.undoDocumentEdit : api.redoDocumentEdit)({ documentId });
        setReport({ direction, outcome });
        if (outcome.result === 'nothing') return;
        const { paragraphId, lang } = outcome.step;
        // A skipped step's cell is shown too: the message is about it.
        if (outcome.result === 'stale') return focusCell(paragraphId, lang);
        applyCell(paragraphId, lang, outcome.cell);
        focusCell(paragraphId, lang);
        await onDocumentsChanged();
      } catch (error) {
        onError(error);
      }
    },
    [documentId, flush, applyCell, focusCell, onDocumentsChanged, onError],
  );

  return useMemo(() => ({ undo: () => void run('undo'), redo: () => void run('redo'), report }), [run, report]);
}
