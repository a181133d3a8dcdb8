import { STARTER_VOCABULARY } from '../../core/simplified/starter-vocabulary.ts';
import type { Migration } from '../migrate.ts';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

// The starter list as it stands in this release; a later change to it ships as its own migration.
const starterRows = STARTER_VOCABULARY.map(
  ({ traditional, simplified, note }) => `(${quote(traditional)}, ${quote(simplified)}, ${quote(note)}, 'starter', ${NOW}, ${NOW})`,
).join(',\n      ');

export const simplified: Migration = {
  version: 2,
  name: 'Simplified drafting: vocabulary, machine drafts, stale flags, reconvert undo',
  sql: `
    -- Traditional → Simplified phrase pairs applied before OpenCC. project_id NULL is global;
    -- a project's own entry for a phrase overrides the global one.
    CREATE TABLE vocabulary (
      id INTEGER PRIMARY KEY,
      project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
      traditional TEXT NOT NULL CHECK (length(traditional) > 0),
      simplified TEXT NOT NULL CHECK (length(simplified) > 0),
      note TEXT NOT NULL DEFAULT '',
      enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
      origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('starter', 'user')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    -- One entry per phrase and scope; ifnull because UNIQUE treats NULLs as distinct.
    CREATE UNIQUE INDEX vocabulary_scope_phrase ON vocabulary(ifnull(project_id, 0), traditional);

    INSERT INTO vocabulary (traditional, simplified, note, origin, created_at, updated_at) VALUES
      ${starterRows};

    -- machine_draft: the machine text a person's cell was based on, so a later change to the
    -- source, the variant or the vocabulary can tell whether the machine would now say
    -- something else. stale_reason: why a person's cell is out of date, until they act.
    ALTER TABLE targets ADD COLUMN machine_draft TEXT;
    ALTER TABLE targets ADD COLUMN stale_reason TEXT CHECK (stale_reason IN ('source', 'variant', 'vocabulary'));

    -- When a person takes over a machine draft (edits, clears or confirms it), the draft they
    -- started from is the text the cell held. Captured here so every writer keeps it, unless
    -- the writer sets machine_draft itself (undoing a reconvert restores an older one).
    CREATE TRIGGER targets_keep_machine_draft AFTER UPDATE OF status ON targets
    WHEN OLD.status = 'auto' AND NEW.status <> 'auto' AND NEW.machine_draft IS OLD.machine_draft
    BEGIN
      UPDATE targets SET machine_draft = OLD.text WHERE paragraph_id = NEW.paragraph_id AND lang = NEW.lang;
    END;

    -- The cell as it was before its last reconvert, for one-step undo.
    CREATE TABLE reconvert_undo (
      paragraph_id INTEGER NOT NULL,
      lang TEXT NOT NULL,
      text TEXT NOT NULL,
      status TEXT NOT NULL,
      machine_draft TEXT,
      stale_reason TEXT,
      reconverted_text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (paragraph_id, lang),
      FOREIGN KEY (paragraph_id, lang) REFERENCES targets(paragraph_id, lang) ON DELETE CASCADE
    ) WITHOUT ROWID;
  `,
};
