import type { Migration } from '../migrate.ts';

export const initial: Migration = {
  version: 1,
  name: 'initial schema: projects, documents, paragraphs, targets, revisions, TM units',
  sql: `
    CREATE TABLE projects (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      source_lang TEXT NOT NULL DEFAULT 'zh-Hant',
      source_variant TEXT NOT NULL DEFAULT 'hk' CHECK (source_variant IN ('hk', 'tw', 't')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX documents_project ON documents(project_id);

    CREATE TABLE paragraphs (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      source TEXT NOT NULL,
      kind TEXT NOT NULL DEFAULT 'body' CHECK (kind IN ('heading', 'body', 'caption', 'boilerplate')),
      UNIQUE (document_id, position)
    );

    CREATE TABLE targets (
      paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
      lang TEXT NOT NULL CHECK (lang IN ('en', 'zh-Hans')),
      text TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('empty', 'auto', 'draft', 'translated', 'reviewed')),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (paragraph_id, lang)
    ) WITHOUT ROWID;

    CREATE TABLE target_revisions (
      id INTEGER PRIMARY KEY,
      paragraph_id INTEGER NOT NULL,
      lang TEXT NOT NULL,
      text TEXT NOT NULL,
      status TEXT NOT NULL,
      created_at TEXT NOT NULL,
      FOREIGN KEY (paragraph_id, lang) REFERENCES targets(paragraph_id, lang) ON DELETE CASCADE
    );
    CREATE INDEX target_revisions_cell ON target_revisions(paragraph_id, lang, id);

    CREATE TABLE tm_units (
      id INTEGER PRIMARY KEY,
      project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
      source TEXT NOT NULL,
      source_key TEXT NOT NULL,
      en TEXT,
      zh_hans TEXT,
      origin_label TEXT NOT NULL DEFAULT '',
      origin_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
      origin_paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (en IS NOT NULL OR zh_hans IS NOT NULL)
    );
    CREATE INDEX tm_units_key ON tm_units(source_key);
    CREATE INDEX tm_units_origin ON tm_units(origin_paragraph_id);
  `,
};
