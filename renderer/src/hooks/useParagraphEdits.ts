import { useCallback } from 'react';
import { WorkbenchError } from '../../../core/errors.ts';
import { api } from '../api.ts';
import type { Translate } from '../i18n/index.ts';

export type ParagraphEdit =
  | { type: 'split'; paragraphId: number; offset: number }
  | { type: 'merge'; paragraphId: number }
  | { type: 'exclude'; paragraphId: number; excluded: boolean };

interface Options {
  documentId: number | null;
  /** Sends what is still waiting in the save queue. */
  flush: () => Promise<void>;
  /** Reads the document again after an edit. */
  reload: (documentId: number) => Promise<void>;
  onNotice: (message: string) => void;
  t: Translate;
}

function send(edit: ParagraphEdit) {
  switch (edit.type) {
    case 'split':
      return api.splitParagraph({ paragraphId: edit.paragraphId, offset: edit.offset });
    case 'merge':
      return api.mergeParagraphs({ paragraphId: edit.paragraphId });
    case 'exclude':
      return api.setParagraphExcluded({ paragraphId: edit.paragraphId, excluded: edit.excluded });
  }
}

/** Split, merge, include/exclude, the boilerplate setting and undo, each followed by a reload of the document. */
export function useParagraphEdits({ documentId, flush, reload, onNotice, t }: Options) {
  const perform = useCallback(
    async (call: (documentId: number) => Promise<unknown>, isUndo = false) => {
      if (documentId === null) return;
      try {
        // Text typed a moment ago must reach its cell before the cell is split or joined.
        await flush();
        await call(documentId);
      } catch (error) {
        const nothingToUndo = isUndo && error instanceof WorkbenchError && error.code === 'NOT_FOUND';
        onNotice(nothingToUndo ? t('nothingToUndo') : t('editFailed', { reason: error instanceof Error ? error.message : String(error) }));
        return;
      }
      await reload(documentId);
    },
    [documentId, flush, reload, onNotice, t],
  );

  const run = useCallback((edit: ParagraphEdit) => void perform(() => send(edit)), [perform]);
  /** Resolves once the document shows the new setting (or the failure was reported). */
  const includeBoilerplate = useCallback(
    (include: boolean) => perform((id) => api.setIncludeBoilerplate({ documentId: id, include })),
    [perform],
  );
  const undo = useCallback(() => void perform((id) => api.undoParagraphEdit({ documentId: id }), true), [perform]);

  return { run, includeBoilerplate, undo };
}
