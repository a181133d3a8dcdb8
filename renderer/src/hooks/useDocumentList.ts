import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummaryT } from '../../../core/api/contract.ts';
import { api } from '../api.ts';

type Trash = Awaited<ReturnType<typeof api.listTrash>>;

interface Options {
  /** The document open in the editor, if any. */
  openId: number | null;
  openDocument: (documentId: number) => Promise<void>;
  /** Loads the open document again. */
  reload: () => Promise<void>;
  /** Shows no document. */
  close: () => void;
  onError: (error: unknown) => void;
}

/**
 * The sidebar's documents (with their progress) and the trash. The documents are loaded at
 * start, opening the first one; both lists are read again after every change to documents or
 * cells, and the document to show is chosen again after an import, a restore or a returned file.
 */
export function useDocumentList({ openId, openDocument, reload, close, onError }: Options) {
  const [documents, setDocuments] = useState<DocumentSummaryT[]>([]);
  const [trash, setTrash] = useState<Trash>([]);
  const [loaded, setLoaded] = useState(false);

  const refresh = useCallback(async () => {
    const [list, trashed] = await Promise.all([api.listDocuments({}), api.listTrash({})]);
    setDocuments(list);
    setTrash(trashed);
  }, []);

  useEffect(() => {
    api
      .listDocuments({})
      .then(async (list) => {
        setDocuments(list);
        if (list[0]) await openDocument(list[0].id);
      })
      .catch(onError)
      .finally(() => setLoaded(true));
  }, [openDocument, onError]);

  /** Runs a change to the documents, then refreshes the lists; a failure is shown. */
  const manage = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
        await refresh();
      } catch (error) {
        onError(error);
      }
    },
    [refresh, onError],
  );

  const afterImport = useCallback(
    async (documentId: number) => {
      try {
        await refresh();
        await openDocument(documentId);
      } catch (error) {
        onError(error);
      }
    },
    [openDocument, refresh, onError],
  );

  // After a restore the database is another one: the open document again if it is still there.
  const afterRestore = useCallback(async () => {
    await refresh();
    const list = await api.listDocuments({});
    const next = list.find((doc) => doc.id === openId) ?? list[0];
    if (next) await openDocument(next.id);
    else close();
  }, [close, openDocument, refresh, openId]);

  // A returned file may belong to another document than the open one: open that one.
  const afterReturnedFile = useCallback(
    (documentId: number) => manage(() => (openId === documentId ? reload() : openDocument(documentId))),
    [manage, openDocument, reload, openId],
  );

  return { documents, trash, loaded, refresh, manage, afterImport, afterRestore, afterReturnedFile };
}
