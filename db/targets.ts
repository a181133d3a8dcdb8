import type Database from 'better-sqlite3';
import type { CellStatusT, TargetLangT } from '../core/api/contract.ts';

const SESSION_MS = 10 * 60 * 1000;

export interface CellRow {
  text: string;
  status: CellStatusT;
  updatedAt: string;
}

/** A paragraph with what a target cell needs to know about where it lives. */
export interface ParagraphContext {
  paragraphId: number;
  documentId: number;
  projectId: number;
  documentTitle: string;
  position: number;
  source: string;
}

export class TargetRepository {
  private readonly cell;
  private readonly update;
  private readonly revision;
  private readonly lastRevision;
  private readonly extendRevision;
  private readonly context;

  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.cell = db.prepare(
      'SELECT text, status, updated_at AS updatedAt FROM targets WHERE paragraph_id = ? AND lang = ?',
    );
    this.update = db.prepare(
      'UPDATE targets SET text = ?, status = ?, updated_at = ? WHERE paragraph_id = ? AND lang = ?',
    );
    this.revision = db.prepare(
      'INSERT INTO target_revisions (paragraph_id, lang, text, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.lastRevision = db.prepare(
      'SELECT id, status, updated_at AS updatedAt FROM target_revisions WHERE paragraph_id = ? AND lang = ? ORDER BY id DESC LIMIT 1',
    );
    this.extendRevision = db.prepare('UPDATE target_revisions SET text = ?, updated_at = ? WHERE id = ?');
    this.context = db.prepare(`
      SELECT p.id AS paragraphId, p.document_id AS documentId, d.project_id AS projectId,
        d.title AS documentTitle, p.position, p.source
      FROM paragraphs p JOIN documents d ON d.id = p.document_id WHERE p.id = ?`);
  }

  find(paragraphId: number, lang: TargetLangT): CellRow | undefined {
    return this.cell.get(paragraphId, lang) as CellRow | undefined;
  }

  paragraph(paragraphId: number): ParagraphContext | undefined {
    return this.context.get(paragraphId) as ParagraphContext | undefined;
  }

  /**
   * Writes a cell and keeps its history. Saves within one editing session (same status,
   * less than SESSION_MS since the last save) update that session's revision, so the
   * history holds each session, draft and confirmation rather than one row per keystroke.
   * newRevision starts a revision regardless (an undo must not overwrite the text it undoes).
   */
  write(paragraphId: number, lang: TargetLangT, next: CellRow, { newRevision = false } = {}): CellRow {
    return this.db.transaction(() => {
      this.update.run(next.text, next.status, next.updatedAt, paragraphId, lang);
      const last = this.lastRevision.get(paragraphId, lang) as { id: number; status: string; updatedAt: string } | undefined;
      const sameSession =
        !newRevision &&
        last !== undefined && last.status === next.status && Date.parse(next.updatedAt) - Date.parse(last.updatedAt) < SESSION_MS;
      if (sameSession) this.extendRevision.run(next.text, next.updatedAt, last.id);
      else this.revision.run(paragraphId, lang, next.text, next.status, next.updatedAt, next.updatedAt);
      return next;
    }).immediate();
  }
}
