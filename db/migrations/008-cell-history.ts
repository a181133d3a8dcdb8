import type { Migration } from '../migrate.ts';

export const cellHistory: Migration = {
  version: 8,
  name: 'document-wide undo and redo of cell changes',
  sql: `
    -- One row per undoable step: a typing session, a confirmation, a review or a restored
    -- revision of one cell, with the cell's text and status before and after it. Steps with
    -- undone = 0 form the undo stack (newest id on top); undone = 1 the redo stack (oldest id
    -- on top). Rows go with their cell (and are kept by a merge's undo like other cell rows).
    CREATE TABLE cell_history (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      paragraph_id INTEGER NOT NULL,
      lang TEXT NOT NULL CHECK (lang IN ('en', 'zh-Hans')),
      action TEXT NOT NULL CHECK (action IN ('edit', 'confirm', 'review', 'restore')),
      before_text TEXT NOT NULL,
      before_status TEXT NOT NULL,
      after_text TEXT NOT NULL,
      after_status TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
      FOREIGN KEY (paragraph_id, lang) REFERENCES targets(paragraph_id, lang) ON DELETE CASCADE
    );
    CREATE INDEX cell_history_document ON cell_history(document_id, undone, id);
    CREATE INDEX cell_history_cell ON cell_history(paragraph_id, lang);
  `,
};
