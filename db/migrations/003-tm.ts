import type { Migration } from '../migrate.ts';

/**
 * Translation memories at scale: several memories (each project's own writable one, others attached
 * read-only with a penalty), unit levels, context and inline markup, and the candidate postings.
 *
 * Existing units move into their project's memory. Their match_key starts NULL: the repository
 * computes keys and postings for such units before its first lookup (the key needs OpenCC, which
 * SQL cannot run).
 */
export const translationMemories: Migration = {
  version: 3,
  name: 'translation memories: several TMs, unit context and markup, gram postings',
  sql: `
    CREATE TABLE tms (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      -- Set for a project's own writable memory; NULL for an imported or shared one. A deleted
      -- project's memory stays, as a standalone one: translations outlive their project.
      project_id INTEGER UNIQUE REFERENCES projects(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE tm_attachments (
      project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      tm_id INTEGER NOT NULL REFERENCES tms(id) ON DELETE CASCADE,
      penalty INTEGER NOT NULL DEFAULT 0 CHECK (penalty BETWEEN 0 AND 100),
      PRIMARY KEY (project_id, tm_id)
    ) WITHOUT ROWID;

    INSERT INTO tms (name, project_id, created_at) SELECT name, id, created_at FROM projects;
    INSERT INTO tms (name, created_at)
      SELECT 'Units without a project', min(created_at) FROM tm_units WHERE project_id IS NULL HAVING count(*) > 0;

    ALTER TABLE tm_units ADD COLUMN tm_id INTEGER REFERENCES tms(id) ON DELETE CASCADE;
    ALTER TABLE tm_units ADD COLUMN match_key TEXT;
    ALTER TABLE tm_units ADD COLUMN level TEXT NOT NULL DEFAULT 'paragraph' CHECK (level IN ('paragraph', 'sentence'));
    ALTER TABLE tm_units ADD COLUMN origin_sentence INTEGER;
    ALTER TABLE tm_units ADD COLUMN origin_file TEXT;
    ALTER TABLE tm_units ADD COLUMN context_before TEXT;
    ALTER TABLE tm_units ADD COLUMN context_after TEXT;
    -- JSON {"zh-Hant": [...], "en": [...], "zh-Hans": [...]}: the TMX markup behind each ⟦n⟧ placeholder.
    ALTER TABLE tm_units ADD COLUMN markup TEXT;

    UPDATE tm_units SET tm_id = coalesce(
      (SELECT t.id FROM tms t WHERE t.project_id = tm_units.project_id),
      (SELECT t.id FROM tms t WHERE t.project_id IS NULL));

    -- Lookups go through the postings, not a key index; each index left on tm_units slows a bulk
    -- import, so only the memory and (for confirmed units only) the paragraph are indexed.
    DROP INDEX tm_units_key;
    DROP INDEX tm_units_origin;
    -- The match key (script, width and spacing folded) replaces the old exact key.
    ALTER TABLE tm_units DROP COLUMN source_key;
    CREATE INDEX tm_units_tm ON tm_units(tm_id);
    CREATE INDEX tm_units_unindexed ON tm_units(tm_id) WHERE match_key IS NULL;
    CREATE INDEX tm_units_origin ON tm_units(origin_paragraph_id, level, origin_sentence) WHERE origin_paragraph_id IS NOT NULL;

    -- Posting lists in segments: the units holding a gram, as postings (unit id · 64 + length
    -- bucket) in ascending order, stored as varint gaps (db/tm-index.ts). Bulk imports write one
    -- segment per batch.
    CREATE TABLE tm_postings (
      id INTEGER PRIMARY KEY,
      tm_id INTEGER NOT NULL REFERENCES tms(id) ON DELETE CASCADE,
      gram INTEGER NOT NULL,
      segment INTEGER NOT NULL,
      count INTEGER NOT NULL,
      ids BLOB NOT NULL
    );
    CREATE UNIQUE INDEX tm_postings_gram ON tm_postings(tm_id, gram, segment, count);

    -- Postings of units written one at a time (confirmations, edits): cheap to append.
    CREATE TABLE tm_postings_live (
      tm_id INTEGER NOT NULL REFERENCES tms(id) ON DELETE CASCADE,
      gram INTEGER NOT NULL,
      posting INTEGER NOT NULL,
      PRIMARY KEY (tm_id, gram, posting)
    ) WITHOUT ROWID;
  `,
};
