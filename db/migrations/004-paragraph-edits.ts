import type { Migration } from '../migrate.ts';

/**
 * Import details and paragraph edits. A paragraph's inclusion in translation, statistics and
 * exports follows its kind and the document's boilerplate setting unless the translator has
 * included or excluded it by hand (include_override); the paragraph_inclusion view resolves it
 * for every query that needs it. Each split, merge, inclusion change and boilerplate setting
 * change keeps what undoing it needs in paragraph_edits.
 */
export const paragraphEdits: Migration = {
  version: 4,
  name: 'import details, paragraph inclusion and undoable paragraph edits',
  sql: `
    ALTER TABLE documents ADD COLUMN source_format TEXT;
    ALTER TABLE documents ADD COLUMN source_encoding TEXT;
    ALTER TABLE documents ADD COLUMN include_boilerplate INTEGER NOT NULL DEFAULT 0 CHECK (include_boilerplate IN (0, 1));
    ALTER TABLE paragraphs ADD COLUMN include_override INTEGER CHECK (include_override IN (0, 1));

    CREATE TABLE paragraph_edits (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('split', 'merge', 'inclusion', 'boilerplate')),
      undo TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX paragraph_edits_document ON paragraph_edits(document_id, id);

    CREATE VIEW paragraph_inclusion AS
      SELECT p.id AS paragraph_id, p.document_id,
        COALESCE(p.include_override, CASE WHEN p.kind = 'boilerplate' THEN d.include_boilerplate ELSE 1 END) AS included
      FROM paragraphs p JOIN documents d ON d.id = p.document_id;
  `,
};
