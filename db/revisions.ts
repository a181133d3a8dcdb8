import type Database from 'better-sqlite3';
import type { CellStatusT, TargetLangT } from '../core/api/contract.ts';

export interface RevisionRow {
  id: number;
  paragraphId: number;
  lang: TargetLangT;
  text: string;
  status: CellStatusT;
  createdAt: string;
  updatedAt: string;
}

/** A cell whose text moved on from the text it was last confirmed with (see changedSinceTranslation). */
export interface TranslationChangeRow {
  paragraphId: number;
  lang: TargetLangT;
  translatedText: string;
  currentText: string;
  translatedAt: string;
}

const SELECT = `SELECT id, paragraph_id AS paragraphId, lang, text, status, created_at AS createdAt,
  coalesce(updated_at, created_at) AS updatedAt FROM target_revisions`;

/** A cell's history, newest first, as the targets repository records it. */
export class RevisionRepository {
  private readonly ofCell;
  private readonly one;
  private readonly sinceTranslation;

  constructor(db: Database.Database) {
    this.ofCell = db.prepare(`${SELECT} WHERE paragraph_id = ? AND lang = ? ORDER BY id DESC LIMIT ?`);
    this.one = db.prepare(`${SELECT} WHERE id = ?`);
    // A confirmation is the cell's newest revision with status 'translated': confirming writes
    // one, and any later edit starts another revision (status draft), so that row keeps the
    // confirmed text. Marking reviewed writes 'reviewed', never 'translated' with the reviewer's text.
    this.sinceTranslation = db.prepare(`
      SELECT t.paragraph_id AS paragraphId, t.lang, r.text AS translatedText, t.text AS currentText, r.created_at AS translatedAt
      FROM paragraphs p
      JOIN targets t ON t.paragraph_id = p.id
      JOIN target_revisions r ON r.id = (
        SELECT max(id) FROM target_revisions WHERE paragraph_id = t.paragraph_id AND lang = t.lang AND status = 'translated')
      WHERE p.document_id = ? AND r.text <> t.text
      ORDER BY p.position, t.lang`);
  }

  list(paragraphId: number, lang: TargetLangT, limit = 100): RevisionRow[] {
    return this.ofCell.all(paragraphId, lang, limit) as RevisionRow[];
  }

  find(revisionId: number): RevisionRow | undefined {
    return this.one.get(revisionId) as RevisionRow | undefined;
  }

  /** The document's cells whose text differs from their text when last confirmed as translated, in reading order. */
  changedSinceTranslation(documentId: number): TranslationChangeRow[] {
    return this.sinceTranslation.all(documentId) as TranslationChangeRow[];
  }
}
