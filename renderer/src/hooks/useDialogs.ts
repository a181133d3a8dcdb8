import { useCallback, useState } from 'react';

/**
 * The modal dialogs that are open. Several can be at once, stacked: a file dropped or opened
 * from the menu over the paste dialog opens its import dialog on top, and nothing typed is lost.
 */
export interface OpenDialogs {
  help: boolean;
  replace: boolean;
  paste: boolean;
  backups: boolean;
  /** Export and the import of a returned file share one place: one replaces the other. */
  exchange: 'export' | 'review-import' | null;
  fileToImport: File | null;
}

const NONE: OpenDialogs = { help: false, replace: false, paste: false, backups: false, exchange: null, fileToImport: null };

export function useDialogs() {
  const [open, setOpen] = useState<OpenDialogs>(NONE);
  /** Opens or closes the dialogs named, leaving the others as they are. */
  const show = useCallback((change: Partial<OpenDialogs>) => setOpen((current) => ({ ...current, ...change })), []);
  const anyOpen = open.help || open.replace || open.paste || open.backups || open.exchange !== null || open.fileToImport !== null;
  return { open, show, anyOpen };
}

export type DialogState = ReturnType<typeof useDialogs>;
