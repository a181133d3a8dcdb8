import type Database from 'better-sqlite3';
import type { CellStatusT, TargetLangT } from '../core/api/contract.ts';

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
      'INSERT INTO target_revisions (paragraph_id, lang, text, status, created_at) VALUES (?, ?, ?, ?, ?)',
    );
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
   * Writes a cell. A change of status also records a revision, so the history keeps
   * each machine draft, first human edit and confirmation without one row per keystroke.
   */
  write(paragraphId: number, lang: TargetLangT, next: CellRow): CellRow {
    return this.db.transaction(() => {
      const previous = this.find(paragraphId, lang);
      this.update.run(next.text, next.status, next.updatedAt, paragraphId, lang);
      if (previous && previous.status !== next.status) {
        this.revision.run(paragraphId, lang, next.text, next.status, next.updatedAt);
      }
      return next;
    })();
  }
}
