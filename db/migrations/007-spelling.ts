import type { Migration } from '../migrate.ts';

export const spelling: Migration = {
  version: 7,
  name: 'the personal spelling dictionary of each project',
  sql: `
    -- Words a person added to the project's dictionary ("Add to dictionary"): the English
    -- spelling check accepts them in any case, so one entry per word whatever its case.
    CREATE TABLE spelling_words (
      project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      word TEXT NOT NULL COLLATE NOCASE CHECK (length(word) > 0),
      created_at TEXT NOT NULL,
      PRIMARY KEY (project_id, word)
    ) WITHOUT ROWID;
  `,
};
