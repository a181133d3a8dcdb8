import type { Migration } from '../migrate.ts';

export const editor: Migration = {
  version: 5,
  name: 'editor: comments, document trash, revision sessions, undoable batch edits',
  sql: `
    CREATE TABLE comments (
      paragraph_id INTEGER PRIMARY KEY REFERENCES paragraphs(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    ALTER TABLE documents ADD COLUMN deleted_at TEXT;

    -- A revision is kept per editing session: later saves within the session update it.
    ALTER TABLE target_revisions ADD COLUMN updated_at TEXT;
    UPDATE target_revisions SET updated_at = created_at;

    CREATE TABLE edit_batches (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      description TEXT NOT NULL,
      created_at TEXT NOT NULL,
      undone_at TEXT
    );
    CREATE TABLE edit_batch_cells (
      batch_id INTEGER NOT NULL REFERENCES edit_batches(id) ON DELETE CASCADE,
      paragraph_id INTEGER NOT NULL,
      lang TEXT NOT NULL,
      before_text TEXT NOT NULL,
      before_status TEXT NOT NULL,
      after_text TEXT NOT NULL,
      PRIMARY KEY (batch_id, paragraph_id, lang),
      FOREIGN KEY (paragraph_id, lang) REFERENCES targets(paragraph_id, lang) ON DELETE CASCADE
    ) WITHOUT ROWID;
  `,
};
