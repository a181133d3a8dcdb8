import { useEffect, useState, type RefObject } from 'react';
import { shellEvents } from '../api.ts';
import type { Theme } from '../components/Toolbar.tsx';
import { bytesFromBase64 } from '../download.ts';
import type { UiLanguage } from '../i18n/index.ts';
import type { OpenDialogs } from './useDialogs.ts';

interface Options {
  refreshDocuments: () => Promise<void>;
  openDocument: (documentId: number) => Promise<void>;
  /** Replace and export need an open document; without one their commands do nothing. */
  hasDocument: boolean;
  showDialogs: (change: Partial<OpenDialogs>) => void;
  findBox: RefObject<HTMLInputElement | null>;
  history: { undo: () => void; redo: () => void };
  settings: { setTheme: (theme: Theme) => void; setLanguage: (language: UiLanguage) => void };
  onNotice: (message: string) => void;
}

/**
 * Carries out what the desktop shell asks for (menu commands, files opened from outside).
 * Returns how many times File ▸ New project… was chosen: each one opens the sidebar's form.
 */
export function useShellEvents({ refreshDocuments, openDocument, hasDocument, showDialogs, findBox, history, settings, onNotice }: Options) {
  const { setTheme, setLanguage } = settings;
  const [newProjectRequests, setNewProjectRequests] = useState(0);
  useEffect(
    () =>
      shellEvents?.subscribe((event) => {
        switch (event.type) {
          case 'documents-changed':
            return void refreshDocuments().then(async () => {
              if (event.openDocumentId !== null) await openDocument(event.openDocumentId);
            });
          case 'open-file':
            return showDialogs({ fileToImport: new File([bytesFromBase64(event.contentBase64)], event.fileName) });
          case 'find':
            return findBox.current?.focus();
          case 'replace':
            return hasDocument && showDialogs({ replace: true });
          case 'export':
            return hasDocument && showDialogs({ exchange: 'export' });
          case 'new-project':
            return setNewProjectRequests((n) => n + 1);
          case 'undo-document':
            return history.undo();
          case 'redo-document':
            return history.redo();
          case 'help':
            return showDialogs({ help: true });
          case 'theme':
            return setTheme(event.theme);
          case 'language':
            return setLanguage(event.language);
          case 'error':
            return onNotice(event.message);
        }
      }),
    [findBox, history, hasDocument, onNotice, openDocument, refreshDocuments, setLanguage, setTheme, showDialogs],
  );
  return newProjectRequests;
}
