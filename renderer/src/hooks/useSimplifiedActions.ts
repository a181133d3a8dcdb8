import { createContext, useContext, useMemo, useState } from 'react';
import type { DocumentViewT, GridCellT, TargetLangT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';

export type SourceVariantT = DocumentViewT['settings']['sourceVariant'];
type CellPatch = Partial<GridCellT>;

/**
 * What the Simplified column's controls can do. The grid's rows are memoised and get it from
 * context, so adding these actions costs the rows no props and no re-renders while typing.
 */
export interface SimplifiedActions {
  /** Changes whenever a source, variant or vocabulary change may have changed machine drafts. */
  draftVersion: number;
  reconvert(paragraphId: number): void;
  undoReconvert(paragraphId: number): void;
  keepMine(paragraphId: number, lang: TargetLangT): void;
  /** Rejects with the backend's reason, which the source editor shows next to the text. */
  editSource(paragraphId: number, source: string): Promise<void>;
  /** Settles once the document shows the new variant's drafts (or the error is shown). */
  setVariant(variant: SourceVariantT): Promise<void>;
  /** The vocabulary changed: the open document's drafts may have been regenerated or flagged. */
  vocabularyChanged(): void;
}

export const SimplifiedContext = createContext<SimplifiedActions | null>(null);

export function useSimplifiedActions(): SimplifiedActions {
  const actions = useContext(SimplifiedContext);
  if (!actions) throw new Error('useSimplifiedActions needs a SimplifiedContext provider');
  return actions;
}

interface Options {
  documentId: number | null;
  /** Sends edits still inside the save debounce, so a backend change never races them. */
  flush: () => Promise<void>;
  reload: () => Promise<void>;
  applyCell: (paragraphId: number, lang: TargetLangT, patch: CellPatch) => void;
  /** Progress counts may have changed (a reconvert turns a confirmed cell back into a draft). */
  onDocumentsChanged: () => Promise<void>;
  onError: (error: unknown) => void;
}

/** The grid's fields of a Simplified cell the backend returns (it also carries machineDraft). */
function gridFields({ text, status, updatedAt, staleReason, canUndoReconvert }: GridCellT): CellPatch {
  return { text, status, updatedAt, staleReason, canUndoReconvert };
}

export function useSimplifiedColumn({ documentId, flush, reload, applyCell, onDocumentsChanged, onError }: Options): SimplifiedActions {
  const [draftVersion, setDraftVersion] = useState(0);
  return useMemo(() => {
    const run = (work: () => Promise<unknown>) => work().then(() => undefined, onError);
    const changeCell = (paragraphId: number, lang: TargetLangT, change: () => Promise<CellPatch>) =>
      void run(async () => {
        await flush();
        applyCell(paragraphId, lang, await change());
        await onDocumentsChanged();
      });
    const reloadDrafts = async () => {
      await reload();
      setDraftVersion((version) => version + 1);
      await onDocumentsChanged();
    };
    return {
      draftVersion,
      reconvert: (paragraphId) => changeCell(paragraphId, 'zh-Hans', async () => gridFields(await api.reconvertCell({ paragraphId }))),
      undoReconvert: (paragraphId) => changeCell(paragraphId, 'zh-Hans', async () => gridFields(await api.undoReconvert({ paragraphId }))),
      keepMine: (paragraphId, lang) =>
        changeCell(paragraphId, lang, async () => {
          await api.dismissStale({ paragraphId, lang });
          return { staleReason: null };
        }),
      editSource: async (paragraphId, source) => {
        await flush();
        await api.editSource({ paragraphId, source });
        await reloadDrafts();
      },
      setVariant: (variant) =>
        run(async () => {
          if (documentId === null) return;
          await flush();
          await api.setDocumentVariant({ documentId, variant });
          await reloadDrafts();
        }),
      vocabularyChanged: () => void run(reloadDrafts),
    };
  }, [applyCell, documentId, draftVersion, flush, onDocumentsChanged, onError, reload]);
}
