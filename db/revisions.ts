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

const SELECT = `SELECT id, paragraph_id AS paragraphId, lang, text, status, created_at AS createdAt,
  coalesce(updated_at, created_at) AS updatedAt FROM target_revisions`;

/** A cell's history, newest first, as the targets repository records it. */
export class RevisionRepository {
  private readonly ofCell;
  private readonly one;

  constructor(db: Database.Database) {
    this.ofCell = db.prepare(`${SELECT} WHERE paragraph_id = ? AND lang = ? ORDER BY id DESC LIMIT ?`);
    this.one = db.prepare(`${SELECT} WHERE id = ?`);
  }

  list(paragraphId: number, lang: TargetLangT, limit = 100): RevisionRow[] {
    return this.ofCell.all(paragraphId, lang, limit) as RevisionRow[];
  }

  find(revisionId: number): RevisionRow | undefined {
    return this.one.get(revisionId) as RevisionRow | undefined;
  }
}
