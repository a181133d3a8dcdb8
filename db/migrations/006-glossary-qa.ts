import type { Migration } from '../migrate.ts';

export const glossaryQa: Migration = {
  version: 6,
  name: 'glossary entries and ignored QA warnings',
  sql: `
    -- The termbase. project_id NULL is global. A forbidden entry lists renderings that must not
    -- be used; an empty en or zh_hans means the entry says nothing about that language.
    CREATE TABLE glossary_entries (
      id INTEGER PRIMARY KEY,
      project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
      zh_hant TEXT NOT NULL CHECK (length(zh_hant) > 0),
      en TEXT NOT NULL DEFAULT '',
      zh_hans TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      part_of_speech TEXT NOT NULL DEFAULT '',
      forbidden INTEGER NOT NULL DEFAULT 0 CHECK (forbidden IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (en <> '' OR zh_hans <> '')
    );
    -- A term may have several renderings (one per sense), but each only once per scope;
    -- ifnull because UNIQUE treats NULLs as distinct.
    CREATE UNIQUE INDEX glossary_entries_identity ON glossary_entries(ifnull(project_id, 0), zh_hant, en, zh_hans);

    -- "Ignore, with reason": a QA issue of a cell that a person has looked at and accepted.
    -- key identifies the issue within the cell (core/qa/types.ts), so it stays ignored after
    -- unrelated edits and a different problem of the same check is shown again.
    CREATE TABLE qa_ignored (
      paragraph_id INTEGER NOT NULL,
      lang TEXT NOT NULL,
      check_id TEXT NOT NULL,
      key TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      created_at TEXT NOT NULL,
      PRIMARY KEY (paragraph_id, lang, check_id, key),
      FOREIGN KEY (paragraph_id, lang) REFERENCES targets(paragraph_id, lang) ON DELETE CASCADE
    ) WITHOUT ROWID;
  `,
};
