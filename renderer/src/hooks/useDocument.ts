import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocumentViewT, GridCellT, TargetLangT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';
import { SaveQueue, type SaveState } from '../save-queue.ts';

type CellKey = `${number}:${TargetLangT}`;
const cellKey = (paragraphId: number, lang: TargetLangT): CellKey => `${paragraphId}:${lang}`;

function updateCell(
  view: DocumentViewT,
  paragraphId: number,
  lang: TargetLangT,
  change: (cell: GridCellT) => GridCellT,
): DocumentViewT {
  return {
    ...view,
    paragraphs: view.paragraphs.map((p) =>
      p.id === paragraphId ? { ...p, targets: { ...p.targets, [lang]: change(p.targets[lang]) } } : p,
    ),
  };
}

/**
 * The open document. The view holds what the translator typed at once; saves follow,
 * debounced, and a save's reply updates only the status, never text typed since.
 */
export function useDocument() {
  const [view, setView] = useState<DocumentViewT | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });

  const queue = useMemo(
    () =>
      new SaveQueue<CellKey>(async (key, text) => {
        const [id, lang] = key.split(':') as [string, TargetLangT];
        const saved = await api.saveTarget({ paragraphId: Number(id), lang, text });
        setView((current) =>
          current && updateCell(current, Number(id), lang, (cell) => ({ ...cell, status: saved.status, updatedAt: saved.updatedAt })),
        );
      }, setSaveState),
    [],
  );

  const open = useCallback(
    async (documentId: number) => {
      await queue.flush();
      setView(await api.getDocument({ documentId }));
    },
    [queue],
  );

  /** Shows the new text at once; saves it unless an input method is still composing. */
  const editText = useCallback(
    (paragraphId: number, lang: TargetLangT, text: string, save = true) => {
      setView((current) => current && updateCell(current, paragraphId, lang, (cell) => ({ ...cell, text })));
      if (save) queue.schedule(cellKey(paragraphId, lang), text);
    },
    [queue],
  );

  /** Confirms a cell, or marks it reviewed, once its last typing is saved. */
  const confirmCell = useCallback(
    async (paragraphId: number, lang: TargetLangT, reviewed = false) => {
      await queue.flush(cellKey(paragraphId, lang));
      const cell = await (reviewed ? api.markReviewed : api.confirmTarget)({ paragraphId, lang });
      setView((current) => current && updateCell(current, paragraphId, lang, (old) => ({ ...old, status: cell.status, updatedAt: cell.updatedAt })));
    },
    [queue],
  );

  const flush = useCallback(() => queue.flush(), [queue]);

  // Whatever is still inside the debounce window is sent when the page goes away.
  useEffect(() => {
    const flushNow = () => void flush();
    const onHidden = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [flush]);

  /** Puts what the backend changed in a cell (a restored revision, a reconvert) into the view. */
  const applyCell = useCallback((paragraphId: number, lang: TargetLangT, saved: Partial<GridCellT>) => {
    setView((current) => current && updateCell(current, paragraphId, lang, (cell) => ({ ...cell, ...saved })));
  }, []);

  const setComment = useCallback(async (paragraphId: number, text: string) => {
    await api.setComment({ paragraphId, text });
    const comment = text.trim() === '' ? null : text;
    setView((current) => current && { ...current, paragraphs: current.paragraphs.map((p) => (p.id === paragraphId ? { ...p, comment } : p)) });
  }, []);

  /** Loads the open document again after a change made on the backend (replace, paragraph edits). */
  const reload = useCallback(async () => {
    const documentId = view?.document.id;
    if (documentId !== undefined) await open(documentId);
  }, [open, view?.document.id]);

  /** Shows no document (after a restore left none). */
  const close = useCallback(() => setView(null), []);

  return { view, saveState, open, reload, close, editText, confirmCell, applyCell, setComment, flush };
}
