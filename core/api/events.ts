/** Notices the desktop shell sends to the page (menu commands, files opened from outside). */
export type AppEvent =
  | { type: 'documents-changed'; openDocumentId: number | null }
  /** A file the user chose from the File menu or opened from outside, for the import dialog. */
  | { type: 'open-file'; fileName: string; contentBase64: string }
  | { type: 'find' }
  | { type: 'replace' }
  /** Menu commands the page carries out with its own dialogs and state. */
  | { type: 'new-project' }
  | { type: 'export' }
  | { type: 'undo-document' }
  | { type: 'redo-document' }
  | { type: 'help' }
  | { type: 'theme'; theme: 'system' | 'light' | 'dark' }
  | { type: 'language'; language: 'en' | 'zh-Hant' | 'zh-Hans' }
  | { type: 'error'; message: string };

export const EVENT_CHANNEL = 'workbench:event';
/** The name under which the preload exposes event subscription, beside the API bridge. */
export const EVENTS_GLOBAL = 'workbenchEvents';

export interface EventsBridge {
  subscribe(listener: (event: AppEvent) => void): () => void;
}
